import type { FastifyInstance } from "fastify";

/** Logs a seeded user in over HTTP (every seeded user's password is "dimple123"); the bearer token. */
export async function loginToken(
  app: FastifyInstance,
  username: string,
  password = "dimple123",
): Promise<string> {
  const login = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  const token = login.json().token;
  if (typeof token !== "string") throw new Error(`login as ${username} failed: ${login.body}`);
  return token;
}
