import { readFileSync } from "node:fs";
import { z } from "zod";
import { DimpleError } from "../../../kernel/errors.ts";
import { INTENTS, type Intent, type Language } from "./intents.ts";

/** One gold row of an evaluation file. Extra fields (e.g. `source`) are allowed and ignored. */
export const labelledRowSchema = z.object({
  text: z.string().min(1),
  lang: z.enum(["zh", "en"]),
  intent: z.enum(INTENTS),
});

/** A validated evaluation row. */
export interface LabelledRow {
  text: string;
  lang: Language;
  intent: Intent;
}

/**
 * Parses JSON-lines evaluation text. Blank lines are skipped; the first bad line is an
 * `invalid_data` error naming the source, the line number and what is wrong with it.
 */
export function parseLabelledRows(content: string, source: string): LabelledRow[] {
  const rows: LabelledRow[] = [];
  const lines = content.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).trim();
    if (!line) continue;
    const lineNumber = index + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new DimpleError("invalid_data", `${source}:${lineNumber}: not valid JSON`, {
        field: "--data",
        details: { line: lineNumber },
      });
    }
    const parsed = labelledRowSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `"${issue.path.join(".")}" ` : "";
      throw new DimpleError(
        "invalid_data",
        `${source}:${lineNumber}: ${where}${issue?.message ?? "invalid row"}`,
        {
          field: "--data",
          details: { line: lineNumber },
        },
      );
    }
    rows.push(parsed.data);
  }
  return rows;
}

/** Reads and validates a JSON-lines evaluation file; a missing file is `not_found`. */
export function readLabelledRows(path: string): LabelledRow[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new DimpleError("not_found", `cannot read ${path}`, { field: "--data", status: 404, cause: error });
  }
  return parseLabelledRows(content, path);
}
