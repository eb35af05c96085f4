import type { FastifyInstance } from "fastify";

/** Signs a demo user in through the API and returns the bearer token (tests only). */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = "dimple123",
): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} answered ${response.statusCode}`);
  return response.json().token as string;
}

/** Creates an API key through the API as the token's user; returns its id and the key (tests only). */
export async function createKey(
  app: FastifyInstance,
  token: string,
  name: string,
  scopes: string[],
): Promise<{ id: string; key: string }> {
  const response = await app.inject({
    method: "POST",
    url: "/api/keys",
    headers: { authorization: `Bearer ${token}` },
    payload: { name, scopes },
  });
  if (response.statusCode !== 201) throw new Error(`key creation answered ${response.statusCode}`);
  return response.json() as { id: string; key: string };
}
