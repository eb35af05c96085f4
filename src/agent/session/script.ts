import { DimpleError } from "../../kernel/errors.ts";

/** One line of a chat script: words to the brain, or an action on the app. */
export type ScriptLine =
  | { type: "say"; text: string; line: number }
  | { type: "confirm"; line: number }
  | { type: "cancel"; line: number }
  | { type: "wait"; ms: number; line: number }
  | { type: "pin"; pin: string; line: number }
  | { type: "feedback"; rating: "up" | "down"; reason?: string; line: number };

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** Parses a duration such as `30m`, `90s` or `2h`. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)$/.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (UNIT_MS[match[2] as string] as number));
}

/** Parses one line (already trimmed, not blank, not a comment); `line` is 1-based for errors. */
export function parseScriptLine(text: string, line: number): ScriptLine {
  if (!text.startsWith("/")) return { type: "say", text, line };
  const [command, ...rest] = text.slice(1).split(/\s+/);
  const argument = rest.join(" ");
  const fail = (message: string) =>
    new DimpleError("invalid_script", `line ${line}: ${message}`, { field: `script:${line}` });
  switch (command) {
    case "confirm":
      return { type: "confirm", line };
    case "cancel":
      return { type: "cancel", line };
    case "wait": {
      const ms = parseDuration(argument);
      if (ms === undefined) throw fail(`/wait needs a duration like 30m, 90s or 2h, got "${argument}"`);
      return { type: "wait", ms, line };
    }
    case "pin":
      if (!/^\d{6}$/.test(argument)) throw fail("/pin needs 6 digits");
      return { type: "pin", pin: argument, line };
    case "feedback": {
      const [rating, ...reason] = rest;
      if (rating !== "up" && rating !== "down") throw fail("/feedback needs up or down");
      return { type: "feedback", rating, ...(reason.length ? { reason: reason.join(" ") } : {}), line };
    }
    default:
      throw fail(`unknown action /${command}`);
  }
}

/** Parses a whole script file: blank lines and `#` comments are skipped. */
export function parseScript(content: string): ScriptLine[] {
  return content
    .split(/\r?\n/)
    .map((text, index) => ({ text: text.trim(), line: index + 1 }))
    .filter(({ text }) => text.length > 0 && !text.startsWith("#"))
    .map(({ text, line }) => parseScriptLine(text, line));
}
