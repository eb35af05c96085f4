import type { ChatRequestBody } from "./steps.ts";

/** A tool result the mock can read back from the conversation. */
export interface SeenResult {
  name: string;
  data: Record<string, unknown> | undefined;
  error: { message?: string } | undefined;
}

/** What a rule-based policy looks at in one request. */
export interface RequestView {
  user: string;
  lang: "zh" | "en";
  tools: Set<string>;
  /** The context message Dimple sends (address labels, contacts, tasks), as text. */
  context: string;
  /** Results of the tool calls made since the user's message, oldest first. */
  results: SeenResult[];
}

const textOf = (content: unknown): string => (typeof content === "string" ? content : "");

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the last user message, the offered tools, the context and the tool results since that message. */
export function viewRequest(body: ChatRequestBody): RequestView {
  const messages = body.messages ?? [];
  let lastUser = -1;
  messages.forEach((message, index) => {
    if (message.role === "user") lastUser = index;
  });
  const user = textOf(messages[lastUser]?.content);
  const names = new Map<string, string>();
  const results: SeenResult[] = [];
  for (const message of messages.slice(lastUser + 1)) {
    for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
    if (message.role !== "tool") continue;
    const envelope = parse(textOf(message.content));
    results.push({
      name: names.get(message.tool_call_id ?? "") ?? "?",
      data: envelope?.untrusted_data as Record<string, unknown> | undefined,
      error: envelope?.error as { message?: string } | undefined,
    });
  }
  const context = messages
    .filter((message) => message.role === "system" && textOf(message.content).startsWith("Context"))
    .map((message) => textOf(message.content))
    .join("\n");
  return {
    user,
    lang: /\p{Script=Han}/u.test(user) ? "zh" : "en",
    tools: new Set((body.tools ?? []).map((tool) => tool.function.name)),
    context,
    results,
  };
}
