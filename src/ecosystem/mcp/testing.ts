import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const BIN = fileURLToPath(new URL("../../../bin/dimple.js", import.meta.url));

/** Starts `dimple <args…>` (an MCP server on stdio) as a child process and connects the SDK's client. */
export async function connectStdioMcp(args: string[], env: Record<string, string> = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, ...args],
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: "pipe",
  });
  const client = new Client({ name: "dimple-test", version: "1" });
  await client.connect(transport);
  return client;
}
