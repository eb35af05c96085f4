import { DimpleError, type ErrorCode } from "./errors.ts";
import type { SeededRandom } from "./random.ts";
import type { ServiceName } from "./service-name.ts";

/**
 * Failure modes the sandbox can inject. `error` and `timeout` apply to every tool of a service;
 * the others are consulted by the service at the point where the real failure would happen.
 */
export type FaultKind =
  | "error"
  | "timeout"
  | "payment_declined"
  | "out_of_stock"
  | "merchant_rejects"
  | "rider_delayed"
  | "no_driver"
  | "seat_taken"
  /** Rides: the driver takes a route about half again as long as the planned one. */
  | "detour"
  /** Commerce: the rider reaches the customer 30–40 minutes after the promised time. */
  | "late_delivery"
  /** Tickets: right after a booking, the organiser reschedules its show. */
  | "organiser_change"
  /** Commerce: the merchant accepts (the payment is captured), then finds it cannot make the order. */
  | "merchant_cannot_fulfil"
  /** Rides: the assigned driver cancels before reaching the pickup; the platform dispatches again. */
  | "driver_cancels"
  /** Tickets: right after a booking, the organiser cancels its show. */
  | "organiser_cancels";

/** How often a fault trips: a probability per call, or the next `times` calls, or both. */
export interface FaultRule {
  probability?: number;
  times?: number;
}

export type FaultConfig = Partial<Record<ServiceName, Partial<Record<FaultKind, FaultRule>>>>;

const messages: Record<FaultKind, [code: ErrorCode, message: string, status: number]> = {
  error: ["service_unavailable", "the service answered with an internal error", 503],
  timeout: ["timeout", "the service did not answer in time", 504],
  payment_declined: ["payment_declined", "the payment was declined by the issuer", 402],
  out_of_stock: ["out_of_stock", "the item is out of stock", 409],
  merchant_rejects: ["merchant_rejected", "the merchant rejected the order", 409],
  rider_delayed: ["rider_delayed", "the rider is delayed", 200],
  no_driver: ["no_driver", "no driver is available nearby", 409],
  seat_taken: ["seat_unavailable", "the seat was taken by someone else", 409],
  detour: ["detour", "the driver took a longer route", 200],
  late_delivery: ["late_delivery", "the rider is running very late", 200],
  organiser_change: ["organiser_change", "the organiser changed the show", 200],
  merchant_cannot_fulfil: ["merchant_cannot_fulfil", "the merchant cannot fulfil the order", 200],
  driver_cancels: ["driver_cancelled", "the driver cancelled the trip", 200],
  organiser_cancels: ["organiser_cancelled", "the organiser cancelled the show", 200],
};

/** Decides, deterministically from a seeded stream, whether an injected fault trips now. */
export class FaultInjector {
  #config: FaultConfig = {};

  constructor(readonly random: SeededRandom) {}

  configure(config: FaultConfig): void {
    this.#config = structuredClone(config);
  }

  set(service: ServiceName, kind: FaultKind, rule: FaultRule | undefined): void {
    const forService = this.#config[service] ?? {};
    this.#config[service] = forService;
    if (rule) forService[kind] = { ...rule };
    else delete forService[kind];
  }

  clear(): void {
    this.#config = {};
  }

  snapshot(): FaultConfig {
    return structuredClone(this.#config);
  }

  /** Returns the error to report if the fault trips on this call, consuming one `times` count. */
  trip(service: ServiceName, kind: FaultKind): DimpleError | undefined {
    const rule = this.#config[service]?.[kind];
    if (!rule) return undefined;
    let tripped = false;
    if (rule.times !== undefined && rule.times > 0) {
      rule.times -= 1;
      tripped = true;
    } else if (rule.probability !== undefined && rule.probability > 0) {
      tripped = this.random.chance(rule.probability);
    }
    if (!tripped) return undefined;
    const [code, message, status] = messages[kind];
    return new DimpleError(code, message, { status, details: { injected: true, service } });
  }
}
