/**
 * Mouth shapes for lip-sync. Seven shapes are enough for a cartoon face to read as speech:
 * rest (lips together, relaxed), open (a), wide (e, i), round (o), pucker (u, w, ü),
 * closed (m, b, p pressed) and teeth (f, v, s, t … lips apart over the teeth).
 */
export type Viseme = "rest" | "open" | "wide" | "round" | "pucker" | "closed" | "teeth";

export interface VisemeSegment {
  viseme: Viseme;
  startMs: number;
  endMs: number;
  /** Index in the spoken text of the character that produced this shape. */
  charIndex: number;
  /** When the word (or run of Chinese characters) this shape belongs to ends. */
  groupEndMs: number;
}

export interface VisemeTimeline {
  segments: VisemeSegment[];
  durationMs: number;
}

export interface TimelineOptions {
  /** Speech rate, as in SpeechSynthesisUtterance.rate; 1 is normal. */
  rate?: number;
  /** Pinyin of one Chinese character (e.g. "hao"), when a dictionary is loaded; else a stand-in is used. */
  pinyinOf?: (character: string) => string | undefined;
}

const LETTER_MS = 70;
const HAN_INITIAL_MS = 60;
const HAN_FINAL_MS = 170;
const WORD_GAP_MS = 40;
const SHORT_PAUSE_MS = 180;
const LONG_PAUSE_MS = 320;

const hanPattern = /\p{Script=Han}/u;
const letterPattern = /\p{L}|\p{N}/u;

function letterViseme(letter: string): Viseme | null {
  if ("a".includes(letter)) return "open";
  if ("eiy".includes(letter)) return "wide";
  if ("o".includes(letter)) return "round";
  if ("uw".includes(letter)) return "pucker";
  if ("mbp".includes(letter)) return "closed";
  if ("fvsztdcjxq".includes(letter)) return "teeth";
  // k, g, h, n, l, r barely move the lips: they keep the previous shape.
  return null;
}

/** The mouth shapes of one pinyin syllable: its initial (if the lips show it) and its main vowel. */
export function pinyinVisemes(syllable: string): [Viseme | null, Viseme] {
  const lower = syllable.toLowerCase().replace(/[^a-zü]/g, "");
  const initial = /^(b|p|m)/.test(lower)
    ? "closed"
    : /^(f|zh|ch|sh|z|c|s|j|q|x|d|t|r)/.test(lower)
      ? "teeth"
      : null;
  const final = lower.replace(/^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/, "");
  let vowel: Viseme = "wide";
  if (final.includes("a")) vowel = "open";
  else if (final.includes("o")) vowel = "round";
  else if (final.startsWith("u") || final.startsWith("ü") || final.startsWith("v")) vowel = "pucker";
  else if (final.includes("e") || final.includes("i")) vowel = "wide";
  return [initial, vowel];
}

/** Without a pinyin dictionary, a stable stand-in vowel keeps the mouth moving plausibly. */
function standInHanVisemes(character: string): [Viseme | null, Viseme] {
  const code = character.codePointAt(0) ?? 0;
  const vowels: Viseme[] = ["open", "wide", "round", "open", "pucker", "wide"];
  const initials: (Viseme | null)[] = [null, "closed", "teeth", null, "teeth"];
  return [initials[code % initials.length] ?? null, vowels[code % vowels.length] ?? "open"];
}

/** Turns text (Chinese, English or mixed) into timed mouth shapes for lip-sync. */
export function buildVisemeTimeline(text: string, options: TimelineOptions = {}): VisemeTimeline {
  const rate = options.rate && options.rate > 0 ? options.rate : 1;
  const segments: VisemeSegment[] = [];
  let now = 0;
  let groupStart = 0; // Index into segments where the current word or Han run began.

  const push = (viseme: Viseme, durationMs: number, charIndex: number) => {
    const scaled = durationMs / rate;
    const last = segments[segments.length - 1];
    if (last && last.viseme === viseme && segments.length > groupStart) {
      last.endMs += scaled; // Merge repeats so the mouth holds a shape instead of twitching.
    } else {
      segments.push({ viseme, startMs: now, endMs: now + scaled, charIndex, groupEndMs: 0 });
    }
    now += scaled;
  };
  const closeGroup = () => {
    for (let index = groupStart; index < segments.length; index++) {
      const segment = segments[index];
      if (segment) segment.groupEndMs = now;
    }
    groupStart = segments.length;
  };

  const characters = Array.from(text);
  let charIndex = 0;
  let previousKind: "han" | "letter" | "other" = "other";
  for (const character of characters) {
    const lower = character.toLowerCase();
    if (hanPattern.test(character)) {
      if (previousKind === "letter") closeGroup();
      const pinyin = options.pinyinOf?.(character);
      const [initial, vowel] = pinyin ? pinyinVisemes(pinyin) : standInHanVisemes(character);
      if (initial) push(initial, HAN_INITIAL_MS, charIndex);
      push(vowel, initial ? HAN_FINAL_MS : HAN_FINAL_MS + HAN_INITIAL_MS, charIndex);
      previousKind = "han";
    } else if (letterPattern.test(character)) {
      if (previousKind === "han") closeGroup();
      const isDigit = /\d/.test(character);
      const viseme = isDigit ? (Number(character) % 2 ? "open" : "wide") : letterViseme(lower);
      const last = segments[segments.length - 1];
      if (viseme) {
        push(viseme, isDigit ? 200 : LETTER_MS, charIndex);
      } else if (last && segments.length > groupStart) {
        last.endMs += LETTER_MS / rate; // A lip-neutral consonant holds the previous shape a little longer.
        now += LETTER_MS / rate;
      } else {
        push("rest", LETTER_MS, charIndex);
      }
      previousKind = "letter";
    } else {
      closeGroup();
      const pause = /[.!?。！？…]/.test(character)
        ? LONG_PAUSE_MS
        : /[,;:，、；：]/.test(character)
          ? SHORT_PAUSE_MS
          : /\s/.test(character)
            ? WORD_GAP_MS
            : 0;
      if (pause > 0) {
        push("rest", pause, charIndex);
        closeGroup();
      }
      previousKind = "other";
    }
    charIndex += character.length;
  }
  closeGroup();
  return { segments, durationMs: now };
}

function segmentIndexAt(segments: VisemeSegment[], ms: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle]!;
    if (ms < segment.startMs) high = middle - 1;
    else if (ms >= segment.endMs) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** The mouth shape `ms` milliseconds into the timeline; rest before the start and after the end. */
export function visemeAt(timeline: VisemeTimeline, ms: number): Viseme {
  const index = segmentIndexAt(timeline.segments, ms);
  return index === -1 ? "rest" : timeline.segments[index]!.viseme;
}

/**
 * The mouth shape `msSinceBoundary` after the voice reported reaching `charIndex` (a `boundary`
 * event). Plays that word's shapes from its start and rests once the word is over, so a slower voice
 * waits for its next boundary instead of running ahead.
 */
export function visemeAfterBoundary(
  timeline: VisemeTimeline,
  charIndex: number,
  msSinceBoundary: number,
): Viseme {
  const first = timeline.segments.find((segment) => segment.charIndex >= charIndex);
  if (!first) return "rest";
  const at = first.startMs + msSinceBoundary;
  if (at >= first.groupEndMs) return "rest";
  return visemeAt(timeline, at);
}
