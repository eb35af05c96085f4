import type { Corpus } from "../corpus.ts";
import type { BuiltRow } from "./builders.ts";
import type { DatasetCard } from "./schemas.ts";

const SCHEMAS: Record<DatasetCard["format"], string> = {
  sft: "OpenAI chat JSONL: {messages:[{role:system|user|assistant|tool, content, tool_calls?, tool_call_id?}], tools?:[{type:function, function:{name, description, parameters}}]}",
  dpo: "TRL conversational preference JSONL: {prompt:[messages], chosen:[{role:assistant, content}], rejected:[{role:assistant, content}], metadata}",
  eval: "JSONL of failure cases: {id, lang, failure, messages, input, observed:{intent, confidence, reply, taskStatus?, errorCode?}, expected:{intent?, note?}, at}",
};

/** Counts, intents, languages, sources, dates, consent basis and redactions of an export. */
export function buildCard(
  format: DatasetCard["format"],
  rows: readonly Omit<BuiltRow<unknown>, "row">[],
  corpus: Corpus,
  redaction: Record<string, number>,
  createdAt: number,
): DatasetCard {
  const tally = (values: Iterable<string>) => {
    const counts: Record<string, number> = {};
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
  };
  const times = rows.map((row) => row.at).sort((a, b) => a - b);
  return {
    name: `dimple-flywheel-${format}`,
    format,
    createdAt: new Date(createdAt).toISOString(),
    rows: rows.length,
    sessions: new Set(rows.map((row) => row.sessionId)).size,
    users: new Set(rows.map((row) => row.userId)).size,
    intents: tally(rows.flatMap((row) => row.intents)),
    languages: tally(rows.map((row) => row.lang)),
    sources: tally(rows.map((row) => row.source)),
    dates: {
      from: times.length ? new Date(times[0] as number).toISOString() : null,
      to: times.length ? new Date(times.at(-1) as number).toISOString() : null,
    },
    consent: {
      basis:
        "Only users who opted in to sharing (flywheel consent share=true) at export time; everyone else's records serve the service only. All text and tool data redacted to typed placeholders.",
      usersConsenting: corpus.usersConsenting,
      usersExcluded: corpus.usersExcluded,
    },
    redaction,
    schema: SCHEMAS[format],
  };
}

/** The README.md of an export: the card in words. */
export function renderCard(card: DatasetCard): string {
  const table = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `| ${name} | ${count} |`)
      .join("\n") || "| (none) | 0 |";
  return `# ${card.name}

Exported by \`dimple flywheel export --format ${card.format}\` on ${card.createdAt}.

- Rows: ${card.rows} from ${card.sessions} sessions of ${card.users} users
- Dates: ${card.dates.from ?? "-"} to ${card.dates.to ?? "-"}
- Consent basis: ${card.consent.basis} (${card.consent.usersConsenting} users consenting; ${card.consent.usersExcluded} users with records excluded)
- Format: ${card.schema}

## Intents
| intent | count |
|---|---|
${table(card.intents)}

## Languages
| lang | count |
|---|---|
${table(card.languages)}

## Sources
| source | count |
|---|---|
${table(card.sources)}

## Redactions
| placeholder | count |
|---|---|
${table(card.redaction)}
`;
}
