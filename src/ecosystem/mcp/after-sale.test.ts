import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolsByService } from "../tools.ts";
import { cachedWorld } from "../world/test-cache.ts";
import type { World } from "../world/world.ts";
import { createMcpServer } from "./server.ts";

describe("after-sale tools over MCP", () => {
  let world: World;
  const clients: Client[] = [];

  async function connect(service: keyof typeof toolsByService): Promise<Client> {
    const server = createMcpServer(service, toolsByService[service], world.context);
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    await server.connect(serverTransport);
    const client = new Client({ name: "test", version: "1" });
    await client.connect(clientTransport);
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    world = await cachedWorld();
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await world.close();
  });

  it("lists the claim, dispute and ticket-refund tools, the money-moving ones not read-only", async () => {
    const names = async (service: keyof typeof toolsByService) =>
      (await (await connect(service)).listTools()).tools;
    const commerce = await names("commerce");
    expect(commerce.find((tool) => tool.name === "commerce_file_claim")?.annotations?.readOnlyHint).toBe(
      false,
    );
    expect(commerce.find((tool) => tool.name === "commerce_preview_claim")?.annotations?.readOnlyHint).toBe(
      true,
    );
    expect((await names("rides")).map((tool) => tool.name)).toContain("rides_file_dispute");
    expect((await names("tickets")).map((tool) => tool.name)).toContain("tickets_request_refund");
  });

  it("refuses a claim on an order that is not delivered with a typed error naming the field", async () => {
    const client = await connect("commerce");
    const result = await client.callTool({
      name: "commerce_file_claim",
      arguments: { userId: "u_xiaoming", orderId: "o_nope", kind: "spilled", reason: "洒了" },
    });
    expect(result.isError).toBe(true);
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    expect(JSON.parse(text).error).toMatchObject({ code: "not_found", field: "orderId" });
  });

  it("answers a claim kind it does not know with invalid_argument on kind", async () => {
    const client = await connect("commerce");
    const result = await client.callTool({
      name: "commerce_preview_claim",
      arguments: { userId: "u_xiaoming", orderId: "o_1", kind: "bored" },
    });
    const text = (result.content as { text: string }[])[0]?.text ?? "";
    expect(JSON.parse(text).error).toMatchObject({ code: "invalid_argument", field: "kind" });
  });
});
