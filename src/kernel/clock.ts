/** A source of the current time in epoch milliseconds; injected everywhere so tests are deterministic. */
export interface Clock {
  now(): number;
}

/** The default start of the simulated world: 2026-11-26 09:00 Asia/Shanghai (01:00 UTC). */
export const DEFAULT_WORLD_START_MS = Date.UTC(2026, 10, 26, 1, 0, 0);

/**
 * A simulated clock that moves only when told. Timers registered with `schedule` fire, in time order,
 * as `advance` passes their due time; this is what drives fulfilment in tests and scripted runs.
 */
export class SimulatedClock implements Clock {
  #now: number;
  #timers: { at: number; seq: number; run: () => void | Promise<void> }[] = [];
  #seq = 0;

  constructor(startMs: number = DEFAULT_WORLD_START_MS) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  /** Runs `run` once the simulated time reaches `at`. */
  schedule(at: number, run: () => void | Promise<void>): void {
    this.#timers.push({ at, seq: this.#seq++, run });
    this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  /** Moves time forward by `ms`, firing due timers one by one (each may schedule more). */
  async advance(ms: number): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
    const target = this.#now + ms;
    for (;;) {
      const next = this.#timers[0];
      if (!next || next.at > target) break;
      this.#timers.shift();
      this.#now = Math.max(this.#now, next.at);
      await next.run();
    }
    this.#now = target;
  }

  /** Sets the time directly (only forward), without firing timers; used when loading a saved world. */
  set(ms: number): void {
    if (ms > this.#now) this.#now = ms;
  }

  pendingTimers(): number {
    return this.#timers.length;
  }
}

/**
 * Real time, optionally sped up: `speed` simulated seconds pass per real second, counted from
 * construction. Used by `dimple serve --speed N`.
 */
export class ScaledClock implements Clock {
  readonly #realStart: number;
  readonly #simStart: number;

  constructor(
    readonly speed = 1,
    simStart: number = Date.now(),
  ) {
    this.#realStart = Date.now();
    this.#simStart = simStart;
  }

  now(): number {
    return this.#simStart + Math.round((Date.now() - this.#realStart) * this.speed);
  }
}

/** Where a shared world clock stands: at real time `realMs` the world read `simMs`, and runs `speed`×. */
export interface ClockAnchor {
  realMs: number;
  simMs: number;
  speed: number;
}

/**
 * Real time sped up from an anchor every process reads from the same place (the database), so
 * several processes tell the same world time. A new anchor (another speed) never moves time back.
 */
export class AnchoredClock implements Clock {
  #anchor: ClockAnchor;
  #last = Number.NEGATIVE_INFINITY;

  constructor(anchor: ClockAnchor) {
    this.#anchor = anchor;
  }

  get anchor(): ClockAnchor {
    return this.#anchor;
  }

  /** Follows a new anchor (read from the shared store). */
  follow(anchor: ClockAnchor): void {
    this.#anchor = anchor;
  }

  now(): number {
    const { realMs, simMs, speed } = this.#anchor;
    const now = simMs + Math.round((Date.now() - realMs) * speed);
    this.#last = Math.max(this.#last, now);
    return this.#last;
  }
}
