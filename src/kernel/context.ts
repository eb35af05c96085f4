import type { Kysely } from "kysely";
import type { Database } from "../store/schema.ts";
import type { Clock, SimulatedClock } from "./clock.ts";
import type { EventBus } from "./events.ts";
import type { FaultInjector } from "./faults.ts";
import type { IdGenerator } from "./ids.ts";
import type { SeededRandom } from "./random.ts";

/** Everything a service function needs, injected: storage, time, ids, randomness, events, faults. */
export interface ServiceContext {
  db: Kysely<Database>;
  dialect: "sqlite" | "postgres";
  clock: Clock;
  /** Present when time is simulated; services schedule lifecycle steps on it. */
  simulatedClock?: SimulatedClock;
  ids: IdGenerator;
  random: SeededRandom;
  bus: EventBus;
  faults: FaultInjector;
  log?: (error: unknown) => void;
  /**
   * Checks a user's payment mandate before money moves. Set by the agent's risk room; when it is set,
   * the pay service refuses to authorize without a mandate it accepts.
   */
  mandateVerifier?: MandateVerifier;
}

/** What a payment is for, as the pay service sees it when it asks for the mandate to be checked. */
export interface MandateCheck {
  userId: string;
  amountFen: number;
  reference: string;
}

export interface MandateVerifier {
  /** Resolves when `mandate` authorizes exactly this payment; throws a DimpleError otherwise. */
  verify(mandate: string | undefined, check: MandateCheck): Promise<void>;
}
