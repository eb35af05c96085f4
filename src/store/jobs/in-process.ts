import type { DueWork, WorkScheduler } from "./scheduler.ts";

/**
 * The single-process scheduler (`npm start`, SQLite): every tick runs each stepper's due steps in
 * this process, in order, then the housekeeping. No other service is needed.
 */
export class InProcessScheduler implements WorkScheduler {
  readonly kind = "in-process" as const;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> = Promise.resolve();

  constructor(
    private readonly work: DueWork,
    private readonly options: { tickMs?: number } = {},
  ) {}

  async start(): Promise<void> {
    this.#timer = setInterval(() => {
      // A slow tick is not overlapped by the next one.
      this.#running = this.#running.then(() => this.tick());
    }, this.options.tickMs ?? 1000);
  }

  /** Runs everything due now, once. */
  async tick(): Promise<void> {
    const { context, steppers, housekeeping } = this.work;
    for (const stepper of steppers) {
      await stepper.runDue(context, context.clock.now()).catch((error) => context.log?.(error));
    }
    await housekeeping?.().catch((error) => context.log?.(error));
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#running;
  }
}
