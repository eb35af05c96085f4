import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SeededRandom } from "../../../ecosystem/kernel/random.ts";
import { hashString } from "./features.ts";
import type { Intent, Language } from "./intents.ts";
import { NLU_DATA_DIR } from "./paths.ts";
import { expandTemplate, parseTemplates } from "./templates.ts";

/** A generated training utterance; `group` names its template so splits never share one. */
export interface TrainingExample {
  text: string;
  intent: Intent;
  lang: Language;
  group: string;
}

/** Reads the template files of one language from `<dataDir>/templates/<lang>/*.txt`. */
export function readTemplateFiles(lang: Language, dataDir: string = NLU_DATA_DIR): Map<string, string> {
  const folder = join(dataDir, "templates", lang);
  const files = new Map<string, string>();
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith(".txt"))
    .sort()) {
    files.set(`${lang}/${name}`, readFileSync(join(folder, name), "utf8"));
  }
  return files;
}

/** Expands every template of both languages, deterministically for the seed. */
export function generateTrainingExamples(seed: number, dataDir: string = NLU_DATA_DIR): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const lang of ["zh", "en"] as const) {
    const set = parseTemplates(readTemplateFiles(lang, dataDir));
    const random = new SeededRandom(seed).fork(`templates-${lang}`);
    for (const template of set.templates) {
      for (const text of expandTemplate(template, set, random)) {
        examples.push({ text, intent: template.intent, lang, group: template.source });
      }
    }
  }
  return examples;
}

/** Splits examples by template group: about `heldOutShare` of the templates go to the held-out side. */
export function splitByGroup(
  examples: readonly TrainingExample[],
  heldOutShare: number,
  seed: number,
): { train: TrainingExample[]; heldOut: TrainingExample[] } {
  const train: TrainingExample[] = [];
  const heldOut: TrainingExample[] = [];
  for (const example of examples) {
    const bucket = hashString(`${seed}:${example.group}`) % 1000;
    (bucket < heldOutShare * 1000 ? heldOut : train).push(example);
  }
  return { train, heldOut };
}
