import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { DimpleError } from "../../kernel/errors.ts";
import { loadCorpus } from "../corpus.ts";
import { Redactor } from "../redact/redactor.ts";
import { type BuiltRow, buildDpoRows, buildEvalRows, buildSftRows } from "./builders.ts";
import { buildCard, renderCard } from "./card.ts";
import { type DatasetCard, dpoRowSchema, evalRowSchema, sftRowSchema } from "./schemas.ts";

export type ExportFormat = DatasetCard["format"];

/** Progress of a long export (the CLI draws a bar on stderr; tests pass nothing). */
export interface ExportProgress {
  start(total: number): void;
  increment(): void;
  stop(): void;
}

export interface ExportResult {
  card: DatasetCard;
  dataPath: string;
  cardPath: string;
  readmePath: string;
}

const BUILDERS = {
  sft: { build: buildSftRows, schema: sftRowSchema },
  dpo: { build: buildDpoRows, schema: dpoRowSchema },
  eval: { build: buildEvalRows, schema: evalRowSchema },
} as const;

/**
 * Exports consenting users' records, redacted, as `<format>.jsonl` plus `card.json` and
 * `README.md` in `outDir`. Every row is checked against its zod schema before it is written.
 */
export async function exportDataset(
  context: ServiceContext,
  options: { format: ExportFormat; outDir: string; progress?: ExportProgress },
): Promise<ExportResult> {
  const builder = BUILDERS[options.format];
  if (!builder)
    throw new DimpleError("invalid_argument", `--format must be sft, dpo or eval, got "${options.format}"`, {
      field: "--format",
    });
  const corpus = await loadCorpus(context);
  const redactor = new Redactor(corpus.names, corpus.addresses);
  const total =
    options.format === "sft"
      ? corpus.sessions.size
      : options.format === "dpo"
        ? corpus.signals.length
        : corpus.feedback.length + corpus.signals.length + corpus.tasks.size;
  options.progress?.start(total);
  const tick = () => options.progress?.increment();
  const built: Omit<BuiltRow<unknown>, "row">[] = [];
  const lines: string[] = [];
  const schema = builder.schema as z.ZodType;
  for (const item of (builder.build as (...args: unknown[]) => Iterable<BuiltRow<unknown>>)(
    corpus,
    redactor,
    tick,
  )) {
    const parsed = schema.safeParse(item.row);
    if (!parsed.success)
      throw new DimpleError(
        "invalid_row",
        `an exported ${options.format} row does not fit its schema: ${parsed.error.message}`,
        {
          status: 500,
        },
      );
    lines.push(JSON.stringify(item.row));
    const { row: _row, ...facts } = item;
    built.push(facts);
  }
  options.progress?.stop();
  mkdirSync(options.outDir, { recursive: true });
  const dataPath = join(options.outDir, `${options.format}.jsonl`);
  writeFileSync(dataPath, lines.length ? `${lines.join("\n")}\n` : "");
  const card = buildCard(options.format, built, corpus, { ...redactor.counts }, context.clock.now());
  const cardPath = join(options.outDir, "card.json");
  writeFileSync(cardPath, `${JSON.stringify(card, null, 2)}\n`);
  const readmePath = join(options.outDir, "README.md");
  writeFileSync(readmePath, renderCard(card));
  return { card, dataPath, cardPath, readmePath };
}
