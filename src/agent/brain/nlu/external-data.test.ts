import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INTENTS } from "./intents.ts";
import { readLabelledRows } from "./labelled-rows.ts";
import { normalizeText } from "./normalize.ts";
import { NLU_DATA_DIR } from "./paths.ts";
import {
  CANDIDATE_SOURCES,
  readDevTextHashes,
  readExternalExamples,
  textHash,
  trainingExamples,
} from "./training-data.ts";

// The external dev set lives beside the repository (../shared/data/nlu-dev); DIMPLE_NLU_DEV overrides.
const devDir = process.env.DIMPLE_NLU_DEV ?? join(NLU_DATA_DIR, "../../../shared/data/nlu-dev");
const devFiles = ["en", "zh"].map((lang) => join(devDir, `${lang}.jsonl`)).filter((path) => existsSync(path));
if (devFiles.length === 0)
  console.log(`external-data.test: no dev set at ${devDir}; the overlap test is skipped`);

const heldOut = ["en", "zh"].flatMap((lang) =>
  readLabelledRows(join(NLU_DATA_DIR, "heldout", `${lang}.jsonl`)),
);
const external = readExternalExamples();

describe("external training data", () => {
  it.skipIf(devFiles.length === 0)("shares no text with the dev set after normalisation", () => {
    const dev = new Set(
      devFiles.flatMap((path) => readLabelledRows(path).map((row) => normalizeText(row.text))),
    );
    expect(dev.size).toBeGreaterThan(1000);
    // With the candidate corpora too: they are trained on when asked (`dimple nlu train --candidates`).
    const training = trainingExamples(7, undefined, { candidates: true }).map((example) => example.text);
    const overlap = training.filter((text) => dev.has(normalizeText(text)));
    expect(overlap).toEqual([]);
    expect(heldOut.filter((row) => dev.has(normalizeText(row.text)))).toEqual([]);
    // The hash list training filters with is up to date with the dev set.
    const hashes = readDevTextHashes();
    expect([...dev].filter((text) => !hashes.has(textHash(text)))).toEqual([]);
  });

  it("never trains on the gate's held-out rows", () => {
    const held = new Set(heldOut.map((row) => normalizeText(row.text)));
    expect(held.size).toBeGreaterThan(1000);
    const training = trainingExamples(7, undefined, { candidates: true }).map((example) => example.text);
    expect(training.filter((text) => held.has(normalizeText(text)))).toEqual([]);
  });

  it("carries a source and a dialogue group on every row, with known intents in both languages", () => {
    expect(external.length).toBeGreaterThan(5000);
    for (const example of external) {
      expect(example.source).toMatch(/^[\w-]+$/u);
      expect(example.group.startsWith(`ext:${example.source}:`)).toBe(true);
      expect(INTENTS).toContain(example.intent);
    }
    expect(new Set(external.map((example) => example.lang))).toEqual(new Set(["en", "zh"]));
  });

  it("trains on the candidate corpora only when asked", () => {
    const sources = (candidates: boolean) =>
      new Set(trainingExamples(7, undefined, { candidates }).map((example) => example.source));
    const withCandidates = sources(true);
    const without = sources(false);
    for (const source of CANDIDATE_SOURCES) {
      expect(withCandidates.has(source), source).toBe(true);
      expect(without.has(source), source).toBe(false);
    }
  });

  it("is documented: every source in the files has a row in data/nlu/README.md", () => {
    const readme = readFileSync(join(NLU_DATA_DIR, "README.md"), "utf8");
    for (const source of new Set(external.map((example) => example.source)))
      expect(readme, `README row for ${source}`).toContain(`\`${source}\``);
  });
});
