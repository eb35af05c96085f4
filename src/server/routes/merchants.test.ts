import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScriptedBrain } from "../../agent/brain/scripted.ts";
import { createAgent } from "../../agent/runtime.ts";
import { cachedWorld } from "../../ecosystem/world/test-cache.ts";
import type { World } from "../../ecosystem/world/world.ts";
import { buildServer } from "../app.ts";
import { loginToken } from "../login-for-tests.ts";

describe("merchants to pick for a policy, over HTTP", () => {
  let world: World;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    world = await cachedWorld();
    app = await buildServer({ agent: createAgent({ world, brain: new ScriptedBrain([]) }) });
    token = await loginToken(app, "alice");
  });
  afterAll(async () => {
    await app.close();
    await world.close();
  });

  const get = (url: string) =>
    app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });

  it("finds shops by a Chinese, English or pinyin name", async () => {
    for (const keyword of ["瑞幸", "luckin", "ruixing"]) {
      const response = await get(`/api/merchants?q=${encodeURIComponent(keyword)}`);
      expect(response.statusCode).toBe(200);
      const names = response.json().merchants.map((merchant: { name: string }) => merchant.name);
      expect(names.length, keyword).toBeGreaterThan(0);
      expect(
        names.every((name: string) => name.startsWith("瑞幸咖啡")),
        keyword,
      ).toBe(true);
    }
  });

  it("lists only the fields needed to choose one", async () => {
    const [first] = (await get("/api/merchants?q=Starbucks")).json().merchants;
    expect(Object.keys(first).sort()).toEqual(["category", "merchantId", "name", "nameEn"]);
    expect(first.nameEn).toMatch(/^Starbucks/);
  });

  it("names the entries a policy holds and leaves out what is no shop", async () => {
    const response = await get("/api/merchants?ids=m_heytea_xihu,merchant:m_kfc_xihu,user:u_bob,m_nowhere");
    expect(response.statusCode).toBe(200);
    expect(response.json().merchants).toEqual([
      {
        merchantId: "m_heytea_xihu",
        name: "喜茶（文三路店）",
        nameEn: "HEYTEA (Wensan Rd)",
        category: "bubble_tea",
      },
      {
        merchantId: "merchant:m_kfc_xihu",
        name: "肯德基（文三路店）",
        nameEn: "KFC (Wensan Rd)",
        category: "fast_food",
      },
    ]);
  });

  it("refuses a request without q or ids, or with bad ids, naming the field", async () => {
    const neither = await get("/api/merchants");
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error).toMatchObject({ code: "invalid_argument", field: "q" });
    const bad = await get(`/api/merchants?ids=${encodeURIComponent("m_a,<script>")}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toMatch(/^ids/);
    const tooMany = await get(
      `/api/merchants?ids=${Array.from({ length: 51 }, (_, i) => `m_${i}`).join(",")}`,
    );
    expect(tooMany.json().error.field).toMatch(/^ids/);
    const unknown = await get("/api/merchants?q=tea&page=2");
    expect(unknown.statusCode).toBe(400);
  });

  it("needs a signed-in user", async () => {
    expect((await app.inject({ method: "GET", url: "/api/merchants?q=tea" })).statusCode).toBe(401);
  });
});
