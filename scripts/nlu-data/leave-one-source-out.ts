/**
 * Leave-one-source-out evaluation of the embedded intent model: for each corpus family, train
 * without it (templates and every other corpus stay) and score the model on that family's rows
 * (its training and held-out rows alike: the model saw none of them). A score here cannot come from
 * memorising the corpus it is measured on. Prints a Markdown table (docs/EVALUATION.md keeps one).
 *
 *   npx tsx scripts/nlu-data/leave-one-source-out.ts [--dev DIR] [--only FAMILY,FAMILY]
 *
 * With --dev (the external dev set, default ../shared/data/nlu-dev when present) it also scores each
 * model on the dev set, so the cost of leaving a corpus out shows there too.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { evaluateRows } from "../../src/agent/brain/nlu/evaluate.ts";
import { type LabelledRow, readLabelledRows } from "../../src/agent/brain/nlu/labelled-rows.ts";
import { LinearIntentModel } from "../../src/agent/brain/nlu/linear-model.ts";
import { NLU_DATA_DIR } from "../../src/agent/brain/nlu/paths.ts";
import { trainNluModel } from "../../src/agent/brain/nlu/train.ts";
import { readExternalExamples } from "../../src/agent/brain/nlu/training-data.ts";

const { values } = parseArgs({
  options: {
    dev: { type: "string", default: join(NLU_DATA_DIR, "../../../shared/data/nlu-dev") },
    /** Comma-separated families to run (default: all). */
    only: { type: "string" },
  },
});

/** Corpus families: sources that share a collection leave together. */
const FAMILIES: Record<string, (source: string) => boolean> = {
  "multiwoz-en": (source) => source === "multiwoz-en",
  "multiwoz-zh": (source) => source === "multiwoz-zh",
  multidogo: (source) => source.startsWith("multidogo-"),
  banking77: (source) => source === "banking77",
  "nlu-eval": (source) => source.startsWith("nlu-eval-"),
  chatterbot: (source) => source.startsWith("chatterbot-"),
  "kdconv-music": (source) => source === "kdconv-music",
  taskmaster: (source) => source.startsWith("taskmaster-"),
  "ovos-weather": (source) => source === "ovos-weather",
  camrest: (source) => source === "camrest",
  "personality-chat": (source) => source === "personality-chat",
  "ha-intents": (source) => source === "ha-intents",
  risawoz: (source) => source === "risawoz",
};

type SourcedRow = LabelledRow & { source: string };

function heldOutRows(): SourcedRow[] {
  const rows: SourcedRow[] = [];
  for (const lang of ["en", "zh"]) {
    const path = join(NLU_DATA_DIR, "heldout", `${lang}.jsonl`);
    for (const line of readFileSync(path, "utf8").split("\n"))
      if (line.trim()) rows.push(JSON.parse(line) as SourcedRow);
  }
  return rows;
}

const fmt = (value: number | undefined) => (value === undefined ? "–" : value.toFixed(3));

function main(): void {
  const external: SourcedRow[] = readExternalExamples().map((example) => ({
    text: example.text,
    lang: example.lang,
    intent: example.intent,
    source: example.source ?? "",
  }));
  const all = [...external, ...heldOutRows()];
  const sources = [...new Set(all.map((row) => row.source))];
  const devDir = values.dev as string;
  const dev = ["en", "zh"]
    .map((lang) => join(devDir, `${lang}.jsonl`))
    .filter((path) => existsSync(path))
    .flatMap((path) => readLabelledRows(path));
  const lines = [
    "| left out | rows | lang | accuracy | macro-F1 (intents present) | recall per intent | dev en macro-F1 | dev zh macro-F1 |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const only = values.only ? new Set((values.only as string).split(",")) : undefined;
  for (const [family, member] of Object.entries(FAMILIES)) {
    if (only && !only.has(family)) continue;
    const excluded = sources.filter(member);
    const start = performance.now();
    const { model } = trainNluModel({ seed: 7, excludeSources: excluded });
    const classifier = new LinearIntentModel(model);
    const rows = all.filter((row) => member(row.source));
    const report = evaluateRows(rows, classifier);
    const devReport = dev.length > 0 ? evaluateRows(dev, classifier) : undefined;
    for (const lang of ["en", "zh"] as const) {
      const metrics = report.byLang[lang];
      if (!metrics) continue;
      const recalls = Object.entries(metrics.perIntent)
        .map(([intent, scores]) => `${intent} ${scores.recall.toFixed(2)}`)
        .join(", ");
      lines.push(
        `| ${family} | ${metrics.n} | ${lang} | ${fmt(metrics.accuracy)} | ${fmt(metrics.macroF1)} | ${recalls} | ${fmt(devReport?.byLang.en?.macroF1)} | ${fmt(devReport?.byLang.zh?.macroF1)} |`,
      );
    }
    console.error(`${family}: ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  console.log(lines.join("\n"));
}

main();
