import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectStdioMcp } from "./testing.ts";

describe("dimple mcp <service> over stdio, as an MCP client such as the Inspector sees it", () => {
  const dir = mkdtempSync(join(tmpdir(), "dimple-mcp-"));
  let client: Client;

  beforeAll(async () => {
    client = await connectStdioMcp(["mcp", "maps", "--db", `sqlite:${join(dir, "world.db")}`]);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists Amap-shaped tools, annotated read-only", async () => {
    const { tools } = await client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(
      expect.arrayContaining(["maps_geo", "maps_weather", "maps_direction_driving", "maps_around_search"]),
    );
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
  });

  it("answers a weather call with Amap's forecast shape", async () => {
    const result = await client.callTool({ name: "maps_weather", arguments: { city: "杭州" } });
    expect(result.isError).toBeFalsy();
    const data = JSON.parse((result.content as { text: string }[])[0]?.text ?? "{}");
    expect(data.forecasts?.[0]?.casts?.length ?? data.forecasts?.length).toBeGreaterThan(0);
  });

  it("answers a bad location with a typed error naming the field", async () => {
    const result = await client.callTool({ name: "maps_regeocode", arguments: { location: "not-a-point" } });
    expect(result.isError).toBe(true);
    const body = JSON.parse((result.content as { text: string }[])[0]?.text ?? "{}");
    expect(body.error).toMatchObject({ code: "invalid_argument", field: "location" });
  });
});
