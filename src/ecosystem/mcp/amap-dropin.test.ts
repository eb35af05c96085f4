import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolsByService } from "../tools.ts";
import { cachedWorld } from "../world/test-cache.ts";
import type { World } from "../world/world.ts";
import { createMcpServer } from "./server.ts";

// The twelve tools of the official Amap MCP server (@amap/amap-maps-mcp-server) and their required
// parameters, so the real server can replace the sandbox one by configuration.
const AMAP_REQUIRED: Record<string, string[]> = {
  maps_regeocode: ["location"],
  maps_geo: ["address"],
  maps_ip_location: ["ip"],
  maps_weather: ["city"],
  maps_search_detail: ["id"],
  maps_bicycling: ["origin", "destination"],
  maps_direction_walking: ["origin", "destination"],
  maps_direction_driving: ["origin", "destination"],
  maps_direction_transit_integrated: ["origin", "destination", "city", "cityd"],
  maps_distance: ["origins", "destination"],
  maps_text_search: ["keywords"],
  maps_around_search: ["location"],
};

describe("the sandbox maps MCP server as a drop-in for Amap's", () => {
  let world: World;
  let client: Client;

  beforeAll(async () => {
    world = await cachedWorld();
    const server = createMcpServer("maps", toolsByService.maps, world.context);
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    await server.connect(serverTransport);
    client = new Client({ name: "amap-client", version: "1" });
    await client.connect(clientTransport);
  });
  afterAll(async () => {
    await client.close();
    await world.close();
  });

  it("lists exactly Amap's twelve tools with the same required parameters", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(Object.keys(AMAP_REQUIRED).sort());
    for (const tool of tools)
      expect([...(tool.inputSchema.required ?? [])].sort(), tool.name).toEqual(
        [...(AMAP_REQUIRED[tool.name] ?? [])].sort(),
      );
  });

  it("locates an IP in the sandbox city, the same every time, with Amap's fields", async () => {
    const first = await client.callTool({ name: "maps_ip_location", arguments: { ip: "114.247.50.2" } });
    const again = await client.callTool({ name: "maps_ip_location", arguments: { ip: "114.247.50.2" } });
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toEqual(again.structuredContent);
    const located = first.structuredContent as { city: string; adcode: string; rectangle: string };
    expect(located).toMatchObject({ province: "浙江省", city: "杭州市", adcode: "330100" });
    const [southWest, northEast] = located.rectangle
      .split(";")
      .map((corner) => corner.split(",").map(Number));
    expect(southWest![0]).toBeLessThan(120.165);
    expect(northEast![0]).toBeGreaterThan(120.165);
    expect(southWest![1]).toBeLessThan(30.274);
    expect(northEast![1]).toBeGreaterThan(30.274);
  });

  it("answers a LAN address as Amap does, and a malformed one with a code and the field", async () => {
    const lan = await client.callTool({ name: "maps_ip_location", arguments: { ip: "192.168.1.7" } });
    expect(lan.structuredContent).toEqual({ province: "局域网", city: "", adcode: "", rectangle: "" });
    for (const ip of ["999.1.1.1", "not an ip", "::1"]) {
      const bad = await client.callTool({ name: "maps_ip_location", arguments: { ip } });
      expect(bad.isError, ip).toBe(true);
      const text = (bad.content as { text: string }[])[0]?.text ?? "";
      expect(JSON.parse(text), ip).toMatchObject({ error: { code: "invalid_argument", field: "ip" } });
    }
  });

  it("plans a ride under Amap's name maps_bicycling", async () => {
    const ride = await client.callTool({
      name: "maps_bicycling",
      arguments: { origin: "120.1345,30.286", destination: "120.213,30.2905" },
    });
    expect(ride.isError).toBeFalsy();
    const paths = (ride.structuredContent as { data: { paths: { distance: number }[] } }).data.paths;
    expect(paths[0]!.distance).toBeGreaterThan(0);
  });
});
