/**
 * Home Assistant's intents repository (home-assistant/intents, CC BY 4.0): the test sentences its
 * contributors wrote for a voice assistant's commands, `tests/<language>/*.yaml`, one file per intent
 * (`light_HassTurnOn.yaml`, `homeassistant_HassStartTimer.yaml`, `HassTurnOn/name_only.yaml`, …).
 * Only the concrete test sentences are read, never the templates: filling a template's slots would be
 * our writing. Files `_fixtures.yaml` and `_test_failures.yaml` (sentences that must *not* match) are
 * not read.
 *
 * Mapping onto Dimple's intents (Dimple controls no home, plays no media and keeps no lists):
 * - `weather_HassGetWeather` → weather ("what's the weather like", "北京的天气").
 * - device, timer, media, shopping-list and to-do, scene, script, broadcast, state and clock
 *   commands and questions → out_of_scope ("turn on the kitchen light", "set a timer for five
 *   minutes", "add apples to my shopping list", "pause the music", "what time is it").
 * - left out: `HassClimateGetTemperature` (an indoor temperature question reads like weather:
 *   "what is the temperature?"), `HassNevermind` ("never mind": a turn-level cancel, not a request),
 *   `HassRespond` (questions to the assistant about itself, naming "Home Assistant"), and any
 *   out-of-scope sentence about something outdoors ("what is the outside temperature?", "室外湿度"):
 *   an outdoor sensor's reading is what Dimple answers as weather.
 *
 * English is `tests/en`; Chinese is `tests/zh-cn` only (zh-hk and zh-tw are traditional characters
 * and, for zh-hk, Cantonese; Dimple's Chinese is Mandarin in simplified characters).
 * Groups: an out-of-scope row's group is its file (a kind of command), so the held-out side holds
 * whole kinds of command never trained on; weather has one file per language, so its group is the
 * test block (the sentences that share one slot value).
 */
import type { Intent, Language } from "../../src/agent/brain/nlu/intents.ts";

/** One relabelled row, as build-external.ts keeps it. */
export interface HomeAssistantRow {
  text: string;
  lang: Language;
  intent: Intent;
  source: string;
  group: string;
}

/** The test folders read, per Dimple language. */
export const HOME_ASSISTANT_FOLDERS: Record<Language, string> = { en: "tests/en", zh: "tests/zh-cn" };

const LEFT_OUT = new Set(["HassClimateGetTemperature", "HassNevermind", "HassRespond"]);

/** Outdoors: a sensor reading there is weather to Dimple, not a home device. */
const OUTDOORS = /\b(outside|outdoors?)\b|室外|户外|外面|屋外/iu;

/** The Home Assistant intent a test file is for: `domain_HassX.yaml` or `HassX/variant.yaml`. */
function intentOf(path: string): string | undefined {
  const parts = path.split("/");
  const file = parts.at(-1) ?? "";
  if (file.startsWith("_") || !file.endsWith(".yaml")) return undefined;
  const folder = parts.at(-2) ?? "";
  if (folder.startsWith("Hass")) return folder;
  return /(Hass\w+)\.yaml$/u.exec(file)?.[1];
}

/** A YAML flow scalar as the test files write it: plain, "double-quoted" or 'single-quoted'. */
function scalar(raw: string): string {
  const value = raw.replace(/\s+#.*$/u, "").trim();
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/gu, "'");
  return value;
}

/** The `sentences:` lists of one test file, block by block. */
export function testSentences(yaml: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] | undefined;
  let indent = -1;
  for (const line of yaml.split("\n")) {
    const start = /^(\s*)(- )?sentences:\s*$/u.exec(line);
    if (start) {
      current = [];
      blocks.push(current);
      indent = (start[1] ?? "").length + (start[2] ? 2 : 0);
      continue;
    }
    if (!current) continue;
    if (!line.trim() || /^\s*#/u.test(line)) continue;
    const item = /^(\s*)- (.+)$/u.exec(line);
    if (item && (item[1] ?? "").length > indent) current.push(scalar(item[2] ?? ""));
    else current = undefined;
  }
  return blocks;
}

/**
 * Relabels the test sentences; `list` names the files under a folder of the pinned snapshot
 * (recursively), `read` returns one as text.
 */
export function homeAssistant(
  list: (folder: string) => string[],
  read: (path: string) => string,
): HomeAssistantRow[] {
  const rows: HomeAssistantRow[] = [];
  for (const [lang, folder] of Object.entries(HOME_ASSISTANT_FOLDERS) as [Language, string][]) {
    for (const path of list(folder).sort()) {
      const haIntent = intentOf(path);
      if (!haIntent || LEFT_OUT.has(haIntent)) continue;
      const intent: Intent = haIntent === "HassGetWeather" ? "weather" : "out_of_scope";
      testSentences(read(path)).forEach((block, index) => {
        for (const sentence of block) {
          const text = sentence.trim();
          if (!text || (intent === "out_of_scope" && OUTDOORS.test(text))) continue;
          rows.push({
            text,
            lang,
            intent,
            source: "ha-intents",
            group: intent === "weather" ? `${path}#${index}` : path,
          });
        }
      });
    }
  }
  return rows;
}
