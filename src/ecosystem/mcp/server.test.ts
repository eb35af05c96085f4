import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { DimpleError } from "../../kernel/errors.ts";
import { defineTool } from "../../kernel/tool.ts";
import { toolsByService } from "../tools.ts";
import { cachedWorld } from "../world/test-cache.ts";
import type { World } from "../world/world.ts";
import { createMcpServer } from "./server.ts";

const echo = defineTool({
  name: "maps_echo_distance",
  service: "maps",
  description: "Echoes a distance in metres.",
  effect: "read",
  input: z.object({ meters: z.number().int().nonnegative() }),
  run: async (_context, input) => {
    if (input.meters > 1000) throw new DimpleError("too_far", "too far", { field: "meters" });
    return { meters: input.meters };
  },
});

describe("an MCP server for a sandbox service", () => {
  let world: World;
  let client: Client;

  beforeAll(async () => {
    world = await cachedWorld();
    const server = createMcpServer("maps", [echo, ...toolsByService.maps], world.context);
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    await server.connect(serverTransport);
    client = new Client({ name: "test", version: "1" });
    await client.connect(clientTransport);
  });
  afterAll(async () => {
    await client.close();
    await world.close();
  });

  it("lists its tools with JSON schemas and read-only annotations", async () => {
    const { tools } = await client.listTools();
    const listed = tools.find((tool) => tool.name === "maps_echo_distance");
    expect(listed?.inputSchema.properties).toHaveProperty("meters");
    expect(listed?.annotations?.readOnlyHint).toBe(true);
  });

  it("calls a tool and returns its data as structured content", async () => {
    const result = await client.callTool({ name: "maps_echo_distance", arguments: { meters: 12 } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ meters: 12 });
  });

  it("answers bad arguments with our typed error naming the field", async () => {
    const result = await client.callTool({ name: "maps_echo_distance", arguments: { meters: "far" } });
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    expect(JSON.parse(text).error).toMatchObject({ code: "invalid_argument", field: "meters" });
  });

  it("answers a service's expected failure as a typed error, not a stack trace", async () => {
    const result = await client.callTool({ name: "maps_echo_distance", arguments: { meters: 5000 } });
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    expect(JSON.parse(text)).toEqual({ error: { code: "too_far", message: "too far", field: "meters" } });
  });

  it("answers an unknown tool name with unknown_tool", async () => {
    const result = await client.callTool({ name: "maps_nope", arguments: {} });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toContain("unknown_tool");
  });
});
