import type { ToolResult } from "../../../kernel/tool.ts";
import type { ToolInfo } from "../../tools/client.ts";
import { savedLabelOf } from "../embedded/skills/places.ts";
import type { BrainTurn } from "../types.ts";
import { PLACE_ARGUMENTS } from "./tool-catalog.ts";

/**
 * Calls a read tool the model asked for. The signed-in user's id replaces any `userId` (the model
 * never sees or chooses it), and a saved address label given for a place becomes its coordinates.
 * The effect is checked again here: a tool that is not "read" is never called from the model.
 */
export async function callReadTool(
  turn: BrainTurn,
  tool: ToolInfo,
  args: Record<string, unknown>,
): Promise<ToolResult> {
  if (tool.effect !== "read")
    return { ok: false, error: { code: "forbidden", message: `${tool.name} is not a read tool` } };
  const input: Record<string, unknown> = { ...args };
  const properties = (tool.parameters.properties ?? {}) as Record<string, unknown>;
  if ("userId" in properties) input.userId = turn.profile.userId;
  else delete input.userId;
  for (const name of PLACE_ARGUMENTS) {
    const value = input[name];
    if (typeof value !== "string") continue;
    const label = savedLabelOf(value) ?? value.trim().toLowerCase();
    const saved = turn.profile.addresses.find((address) => address.label.toLowerCase() === label);
    if (saved) input[name] = `${saved.lng},${saved.lat}`;
  }
  return turn.tools.call(tool.name, input);
}
