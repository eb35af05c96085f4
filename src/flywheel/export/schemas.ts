import { z } from "zod";

/** One tool call of an assistant message, as OpenAI's chat format has it. */
export const toolCallSchema = z.object({
  id: z.string().min(1),
  type: z.literal("function"),
  function: z.object({ name: z.string().min(1), arguments: z.string() }),
});

/** A chat message in OpenAI's format (what LLaMA-Factory and ms-swift read for tool-using SFT). */
export const chatMessageSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("system"), content: z.string().min(1) }),
  z.object({ role: z.literal("user"), content: z.string().min(1) }),
  z.object({
    role: z.literal("assistant"),
    content: z.string(),
    tool_calls: z.array(toolCallSchema).min(1).optional(),
  }),
  z.object({ role: z.literal("tool"), tool_call_id: z.string().min(1), content: z.string() }),
]);
export type ChatMessage = z.infer<typeof chatMessageSchema>;

/** A function the assistant may call, as listed in a row's `tools`. */
export const toolSpecSchema = z.object({
  type: z.literal("function"),
  function: z.object({
    name: z.string().min(1),
    description: z.string(),
    parameters: z.record(z.string(), z.unknown()),
  }),
});
export type ToolSpec = z.infer<typeof toolSpecSchema>;

/** One SFT row: a whole conversation that went well. */
export const sftRowSchema = z.object({
  messages: z.array(chatMessageSchema).min(3),
  tools: z.array(toolSpecSchema).optional(),
});
export type SftRow = z.infer<typeof sftRowSchema>;

const assistantReply = z
  .array(z.object({ role: z.literal("assistant"), content: z.string().min(1) }))
  .length(1);

/** One DPO pair (TRL's conversational form): the conversation so far, the better and the worse reply. */
export const dpoRowSchema = z.object({
  prompt: z.array(chatMessageSchema).min(2),
  chosen: assistantReply,
  rejected: assistantReply,
  metadata: z.object({
    source: z.enum(["correction", "thumbs_down", "rephrase"]),
    lang: z.enum(["zh", "en"]),
    intent: z.string().nullable(),
    followUp: z.string(),
  }),
});
export type DpoRow = z.infer<typeof dpoRowSchema>;

/** One evaluation case built from a failure: the context, what happened, what should have. */
export const evalRowSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(["zh", "en"]),
  failure: z.enum(["thumbs_down", "rephrase", "task_failed", "abandoned_confirmation", "cancellation"]),
  messages: z.array(chatMessageSchema).min(2),
  input: z.string().min(1),
  observed: z.object({
    intent: z.string().nullable(),
    confidence: z.number().nullable(),
    reply: z.string(),
    taskStatus: z.string().optional(),
    errorCode: z.string().optional(),
  }),
  expected: z.object({ intent: z.string().optional(), note: z.string().optional() }),
  at: z.string(),
});
export type EvalRow = z.infer<typeof evalRowSchema>;

/** The dataset card written beside every export (card.json; README.md renders it). */
export const datasetCardSchema = z.object({
  name: z.string(),
  format: z.enum(["sft", "dpo", "eval"]),
  createdAt: z.string(),
  rows: z.number().int().nonnegative(),
  sessions: z.number().int().nonnegative(),
  users: z.number().int().nonnegative(),
  intents: z.record(z.string(), z.number().int()),
  languages: z.record(z.string(), z.number().int()),
  sources: z.record(z.string(), z.number().int()),
  dates: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  consent: z.object({
    basis: z.string(),
    usersConsenting: z.number().int().nonnegative(),
    usersExcluded: z.number().int().nonnegative(),
  }),
  redaction: z.record(z.string(), z.number().int()),
  schema: z.string(),
});
export type DatasetCard = z.infer<typeof datasetCardSchema>;
