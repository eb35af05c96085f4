import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

const MAX_IDS = 50;

const merchantsQuery = z
  .object({
    q: z.string().trim().min(1).max(60).optional(),
    ids: z
      .string()
      .max(4000)
      .transform((text) => [...new Set(text.split(",").map((id) => id.trim()))].filter(Boolean))
      .pipe(
        z
          .array(
            z
              .string()
              .max(80)
              .regex(/^[A-Za-z0-9_.:-]+$/, "merchant ids are letters, digits and _.:-"),
          )
          .max(MAX_IDS, `at most ${MAX_IDS} ids at a time`),
      )
      .optional(),
  })
  .strict();

// Tool output is data: only these fields are copied out, and names are shown as text.
const merchantFields = z.object({
  merchantId: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.string(),
});
const searchResult = z.object({ merchants: z.array(merchantFields) });

/** A merchant as the app lists it, to pick by name for the allow and block lists. */
export interface MerchantChoice {
  merchantId: string;
  name: string;
  nameEn: string;
  category: string;
}

const choiceOf = (merchant: z.output<typeof merchantFields>): MerchantChoice => ({
  merchantId: merchant.merchantId,
  name: merchant.nameZh,
  nameEn: merchant.nameEn,
  category: merchant.category,
});

/**
 * `GET /api/merchants?q=拿铁` finds shops by name (Chinese, English or pinyin) through the commerce
 * service; `GET /api/merchants?ids=a,b` names the entries a policy holds, keyed by the entry as
 * given (entries that are no shop, such as `user:u_bob`, are left out).
 */
export const merchantRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get(
    "/api/merchants",
    routeDoc({ summary: "Search merchants by name or ids", tag: "merchants", querystring: merchantsQuery }),
    async (request) => {
      await authenticate(context, request);
      const query = parseRequest(merchantsQuery, request.query, "query");
      if ((query.q === undefined) === (query.ids === undefined)) {
        throw new DimpleError("invalid_argument", "give either q (a name to search) or ids", {
          field: "q",
        });
      }
      if (query.q !== undefined) {
        const result = await agent.tools.call("commerce_search_merchants", { keyword: query.q, limit: 20 });
        if (!result.ok) throw DimpleError.relay(result.error.code, result.error.message, { status: 502 });
        return { merchants: searchResult.parse(result.data).merchants.map(choiceOf) };
      }
      const found = await Promise.all(
        (query.ids ?? []).map(async (entry) => {
          // A policy entry may name the payee ("merchant:m_x"); other payees (user:…) are not shops.
          const merchantId = entry.replace(/^merchant:/, "");
          if (merchantId.includes(":")) return [];
          const result = await agent.tools.call("commerce_merchant_detail", { merchantId });
          const parsed = result.ok ? merchantFields.safeParse(result.data) : undefined;
          return parsed?.success ? [{ ...choiceOf(parsed.data), merchantId: entry }] : [];
        }),
      );
      return { merchants: found.flat() };
    },
  );
};
