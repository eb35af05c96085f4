import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { loadProfile } from "../../agent/memory/profile.ts";
import { DimpleError } from "../../ecosystem/kernel/errors.ts";
import { DEMO_USERS } from "../../ecosystem/world/demo-users.ts";
import type { RouteOptions } from "../app.ts";
import { authenticate, login } from "../auth.ts";
import { parseRequest } from "../errors.ts";

const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** Sign-in, the sandbox's demo users, and the signed-in user's profile. */
export const accountRoutes: FastifyPluginAsync<RouteOptions> = async (app, { agent, sandbox }) => {
  const context = agent.world.context;

  app.get("/api/auth/demo-users", async () => {
    if (!sandbox)
      throw new DimpleError("not_found", "demo users exist only in sandbox mode", { status: 404 });
    return DEMO_USERS.map((user) => ({
      username: user.username,
      password: user.password,
      lang: user.lang,
      displayName: user.displayName,
      role: user.role,
    }));
  });

  app.post("/api/auth/login", async (request) => {
    const body = parseRequest(loginBody, request.body);
    return login(context, body.username, body.password);
  });

  app.get("/api/me", async (request) => {
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
};
