/**
 * V8 flags a long-running `dimple serve` starts with: `npm start` passes them, and so does the
 * LLM-mode benchmark (src/bench/llm-http.ts). Measured in docs/BENCHMARKS.md ("LLM mode vs OpenClaw"):
 * - `--max-semi-space-size=8` caps the young generation at 2 × 8 MB. V8's default lets it grow to
 *   2 × 16 MB, which a server whose per-turn garbage dies young never needs; every page of it
 *   stays resident.
 * - `--max-old-space-size=384` is about 12 times the server's live heap (about 32 MB after a full
 *   collection). Below 512 MB, V8 lets the old generation grow by a factor of 1.3–2 between full
 *   collections instead of 4, so promoted garbage is collected before the resident set climbs.
 * Without them the resident set climbs from about 125 MB to 160 MB and more over 2,000 turns;
 * with them it levels off at about 133 MB.
 */
export const SERVE_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=8", "--max-old-space-size=384"];
