import { ModelFailure } from "./model.ts";

/** How often and how patiently to retry one model call. */
export interface RetryPolicy {
  maxRetries: number;
  backoffMs: number;
  signal: AbortSignal;
}

/**
 * Runs `attempt` until it succeeds, a failure is not retryable, the retries are spent or the turn's
 * deadline (the signal) passes. Backoff doubles from `backoffMs`; a server's Retry-After is used
 * when it is shorter than that cap (we never wait longer than our own schedule, so a turn stays
 * bounded). Written here rather than using the SDK's retries so the deadline covers the waits too.
 */
export async function withRetries<Result>(
  policy: RetryPolicy,
  attempt: () => Promise<Result>,
): Promise<{ result: Result; retries: number }> {
  for (let retries = 0; ; retries++) {
    try {
      return { result: await attempt(), retries };
    } catch (error) {
      if (!(error instanceof ModelFailure)) throw error;
      if (!error.retryable || retries >= policy.maxRetries || policy.signal.aborted) throw error;
      const schedule = policy.backoffMs * 2 ** retries;
      const wait = Math.min(schedule, error.details.retryAfterMs ?? schedule);
      await sleep(wait, policy.signal);
      if (policy.signal.aborted) throw new ModelFailure("timeout", "the model did not answer in time");
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
