import { DimpleError } from "../../../kernel/errors.ts";
import type { SeededRandom } from "../../../kernel/random.ts";
import { type Intent, isIntent } from "./intents.ts";

/**
 * The template language of `data/nlu/templates/<lang>/*.txt`, one instruction a line:
 *   `# note`                     a comment
 *   `= name: a | b | {other}`    a filler list, usable as `{name}` in any file of the language
 *   `@ intent` or `@ intent *N`  the intent of the templates below it, N samples each (default 3)
 *   `帮我点(一杯|两杯){drink}`    a template: `(a|b|)` picks one alternative (empty allowed),
 *                                `{name}` picks a filler value; both nest.
 */
type Part =
  | { kind: "text"; text: string }
  | { kind: "choice"; options: Part[][] }
  | { kind: "filler"; name: string };

/** One template line with where it came from, so held-out splits can keep whole templates apart. */
export interface Template {
  intent: Intent;
  samples: number;
  source: string;
  parts: Part[];
}

/** A parsed set of template files for one language. */
export interface TemplateSet {
  fillers: Map<string, Part[][]>;
  templates: Template[];
}

/** Parses `(a|b)` groups and `{name}` references into parts. */
function parseParts(text: string, where: string): Part[] {
  let position = 0;
  const parseSequence = (closers: string): Part[][] => {
    const options: Part[][] = [[]];
    let literal = "";
    const flush = () => {
      if (literal) (options[options.length - 1] as Part[]).push({ kind: "text", text: literal });
      literal = "";
    };
    while (position < text.length) {
      const char = text[position] as string;
      if (closers.includes(char)) break;
      position++;
      if (char === "(") {
        flush();
        const nested = parseSequence(")");
        if (text[position] !== ")") throw new DimpleError("invalid_template", `${where}: unclosed "("`);
        position++;
        (options[options.length - 1] as Part[]).push({ kind: "choice", options: nested });
      } else if (char === "|" && closers === ")") {
        flush();
        options.push([]);
      } else if (char === "{") {
        flush();
        const end = text.indexOf("}", position);
        if (end < 0) throw new DimpleError("invalid_template", `${where}: unclosed "{"`);
        (options[options.length - 1] as Part[]).push({
          kind: "filler",
          name: text.slice(position, end).trim(),
        });
        position = end + 1;
      } else literal += char;
    }
    flush();
    return options;
  };
  const sequence = parseSequence("");
  return sequence[0] as Part[];
}

/** Parses template files (name → text) of one language. */
export function parseTemplates(files: ReadonlyMap<string, string>): TemplateSet {
  const fillers = new Map<string, Part[][]>();
  const templates: Template[] = [];
  for (const [file, content] of files) {
    let intent: Intent | undefined;
    let samples = 3;
    content.split("\n").forEach((rawLine, lineIndex) => {
      const line = rawLine.trim();
      const where = `${file}:${lineIndex + 1}`;
      if (!line || line.startsWith("#")) return;
      if (line.startsWith("=")) {
        const colon = line.indexOf(":");
        if (colon < 0) throw new DimpleError("invalid_template", `${where}: a filler needs "= name: a | b"`);
        const name = line.slice(1, colon).trim();
        const values = line
          .slice(colon + 1)
          .split("|")
          .map((value) => parseParts(value.trim(), where));
        fillers.set(name, [...(fillers.get(name) ?? []), ...values]);
        return;
      }
      if (line.startsWith("@")) {
        const match = /^@\s*(\w+)(?:\s+\*(\d+))?$/u.exec(line);
        if (!match || !isIntent(match[1] as string))
          throw new DimpleError("invalid_template", `${where}: unknown intent line "${line}"`);
        intent = match[1] as Intent;
        samples = match[2] ? Number(match[2]) : 3;
        return;
      }
      if (!intent) throw new DimpleError("invalid_template", `${where}: template before any "@ intent" line`);
      templates.push({ intent, samples, source: where, parts: parseParts(line, where) });
    });
  }
  return { fillers, templates };
}

/** Renders one random expansion of a template. */
function render(parts: Part[], set: TemplateSet, random: SeededRandom, depth = 0): string {
  if (depth > 12) throw new DimpleError("invalid_template", "fillers refer to each other in a loop");
  let text = "";
  for (const part of parts) {
    if (part.kind === "text") text += part.text;
    else if (part.kind === "choice") text += render(random.pick(part.options), set, random, depth + 1);
    else {
      const values = set.fillers.get(part.name);
      if (!values) throw new DimpleError("invalid_template", `unknown filler {${part.name}}`);
      text += render(random.pick(values), set, random, depth + 1);
    }
  }
  return text;
}

/** Up to `template.samples` distinct expansions of a template, deterministic for the random stream. */
export function expandTemplate(template: Template, set: TemplateSet, random: SeededRandom): string[] {
  const seen = new Set<string>();
  for (let attempt = 0; attempt < template.samples * 4 && seen.size < template.samples; attempt++) {
    const text = render(template.parts, set, random).replace(/\s+/gu, " ").trim();
    if (text) seen.add(text);
  }
  return [...seen];
}
