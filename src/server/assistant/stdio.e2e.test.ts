import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld } from "../../compose/open-world.ts";
import { connectStdioMcp } from "../../ecosystem/mcp/testing.ts";
import { createApiKey } from "../auth/api-keys.ts";

describe("dimple mcp assistant over stdio, as an MCP client such as the Inspector sees it", () => {
  const dir = mkdtempSync(join(tmpdir(), "dimple-mcp-assistant-"));
  const db = `sqlite:${join(dir, "world.db")}`;
  let client: Client;

  beforeAll(async () => {
    const world = await openWorld({ db });
    const { key } = await createApiKey(world.context, "u_alice", { name: "stdio", scopes: ["read", "chat"] });
    await world.close();
    client = await connectStdioMcp(
      ["mcp", "assistant", "--db", db, "--public-url", "http://localhost:3000"],
      {
        DIMPLE_API_KEY: key,
      },
    );
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("chats in English as the key's user and links the card to the web app", async () => {
    const result = await client.callTool({
      name: "dimple_chat",
      arguments: { text: "a latte to my office" },
    });
    expect(result.isError).toBeFalsy();
    const data = result.structuredContent as { cards: { taskId: string; confirmUrl?: string }[] };
    const card = data.cards.find((each) => each.confirmUrl);
    expect(card?.confirmUrl).toBe(`http://localhost:3000/#/confirm/${card?.taskId}`);
    expect((result.content as { text: string }[])[0]?.text).toContain("Confirm and pay in the Dimple app");
  });

  it("holds the key to its scopes: no cancel scope, no cancel", async () => {
    const result = await client.callTool({ name: "dimple_cancel", arguments: { taskId: "task_x" } });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]?.text).toContain("insufficient_scope");
  });
});
