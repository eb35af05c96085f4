import { z } from "zod";

/** One check on a scenario's final state: a dotted path, an operator and a value. */
export const Expectation = z.object({
  path: z.string().min(1),
  op: z.enum(["=", "!=", ">", ">=", "<", "<=", "contains", "not_contains", "matches"]),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
});

/** A scripted end-to-end conversation and what must be true of the world afterwards. */
export const Scenario = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are kebab-case"),
  title: z.string().min(1),
  lang: z.enum(["zh", "en"]),
  user: z.string().default("u_xiaoming"),
  /** The user's profile time zone for the run (IANA name); absent: the seeded Asia/Shanghai. */
  timeZone: z.string().min(1).max(64).optional(),
  tags: z.array(z.string()).default([]),
  /** Faults to inject before the conversation: service → fault → rule. */
  faults: z
    .record(
      z.string(),
      z.record(
        z.string(),
        z.object({ times: z.number().int().optional(), probability: z.number().optional() }),
      ),
    )
    .optional(),
  /** The script, one line per entry, as in `dimple chat --script`. */
  turns: z.array(z.string().min(1)).min(1),
  expect: z.array(Expectation).min(1),
});

export type Scenario = z.infer<typeof Scenario>;
export type Expectation = z.infer<typeof Expectation>;

/** Reads a value at a dotted path ("tasks.0.status", "tasks.length", "orders.0.lines.0.qty"). */
export function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const part of path.split(".")) {
    if (current === null || current === undefined) return undefined;
    if (part === "length" && Array.isArray(current)) return current.length;
    if (Array.isArray(current) && /^-?\d+$/.test(part)) {
      const index = Number(part);
      current = current[index < 0 ? current.length + index : index];
    } else current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * An expected value, with references resolved: "$path" is a value of the final state itself (e.g.
 * "$addresses.office", seed-independent), "-$path" its negation ("walletDeltaFen" = "-$tasks.0.paidFen").
 */
export function resolveValue(root: unknown, value: Expectation["value"]): Expectation["value"] {
  if (typeof value !== "string") return value;
  if (value.startsWith("$")) return valueAt(root, value.slice(1)) as Expectation["value"];
  if (value.startsWith("-$")) {
    const referenced = valueAt(root, value.slice(2));
    return typeof referenced === "number" ? -referenced : null;
  }
  return value;
}

/** Checks one expectation; returns a failure message, or undefined when it holds. */
export function check(root: unknown, expectation: Expectation): string | undefined {
  const actual = valueAt(root, expectation.path);
  const { op } = expectation;
  const value = resolveValue(root, expectation.value);
  const text = typeof actual === "string" ? actual : JSON.stringify(actual ?? null);
  let holds: boolean;
  switch (op) {
    case "=":
      holds = actual === value || (actual === undefined && value === null);
      break;
    case "!=":
      holds = actual !== value;
      break;
    case ">":
      holds = typeof actual === "number" && actual > Number(value);
      break;
    case ">=":
      holds = typeof actual === "number" && actual >= Number(value);
      break;
    case "<":
      holds = typeof actual === "number" && actual < Number(value);
      break;
    case "<=":
      holds = typeof actual === "number" && actual <= Number(value);
      break;
    case "contains":
      holds = text.toLowerCase().includes(String(value).toLowerCase());
      break;
    case "not_contains":
      holds = !text.toLowerCase().includes(String(value).toLowerCase());
      break;
    case "matches":
      holds = new RegExp(String(value), "iu").test(text);
      break;
  }
  return holds ? undefined : `${expectation.path} ${op} ${JSON.stringify(value)} (was ${text.slice(0, 200)})`;
}
