import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { loadProfile, setTimeZone } from "../../agent/memory/profile.ts";
import { authenticate } from "../auth.ts";
import { parseRequest } from "../errors.ts";
import { routeDoc } from "../openapi.ts";
import type { RouteOptions } from "../route-options.ts";

/** The signed-in user's profile (sign-in itself is routes/auth.ts). */
export const accountRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent }) => {
  const context = agent.world.context;

  app.get("/api/me", routeDoc({ summary: "The signed-in user", tag: "account" }), async (request) => {
    const { userId } = await authenticate(context, request);
    const profile = await loadProfile(context, userId);
    const wallet = await agent.tools.call<{ availableFen?: number; balanceFen?: number }>("pay_get_balance", {
      userId,
    });
    const methods = await agent.tools.call<unknown[]>("pay_list_payment_methods", { userId });
    return {
      userId,
      username: profile.username,
      displayName: profile.displayName,
      ...(profile.displayNameEn ? { displayNameEn: profile.displayNameEn } : {}),
      lang: profile.lang,
      timeZone: profile.timeZone,
      role: profile.role,
      addresses: profile.addresses.map((address) => ({
        label: address.label,
        address: address.address,
        ...(address.address_en ? { addressEn: address.address_en } : {}),
      })),
      walletFen: wallet.ok ? (wallet.data.availableFen ?? wallet.data.balanceFen ?? 0) : null,
      paymentMethods: methods.ok ? methods.data : [],
      policies: await agent.risk.policy(userId),
    };
  });

  app.patch(
    "/api/me",
    routeDoc({
      summary: "Change the signed-in user's settings (time zone)",
      tag: "account",
      body: ProfileUpdate,
    }),
    async (request) => {
      const { userId } = await authenticate(context, request);
      const update = parseRequest(ProfileUpdate, request.body);
      return { timeZone: await setTimeZone(context, userId, update.timeZone) };
    },
  );
};

/** What a user may change of their profile: the IANA zone their times are read and shown in. */
const ProfileUpdate = z
  .object({ timeZone: z.string().min(1).max(64).describe('IANA time zone, e.g. "Europe/London"') })
  .strict();
