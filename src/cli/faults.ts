import { readFileSync } from "node:fs";
import { z } from "zod";
import { DimpleError } from "../kernel/errors.ts";
import type { FaultConfig } from "../kernel/faults.ts";
import { zodErrorBody } from "../kernel/tool.ts";

const Rule = z.object({
  probability: z.number().min(0).max(1).optional(),
  times: z.number().int().min(0).optional(),
});
const Kinds = z
  .object({
    error: Rule,
    timeout: Rule,
    payment_declined: Rule,
    out_of_stock: Rule,
    merchant_rejects: Rule,
    rider_delayed: Rule,
    no_driver: Rule,
    seat_taken: Rule,
    detour: Rule,
    late_delivery: Rule,
    organiser_change: Rule,
    merchant_cannot_fulfil: Rule,
    driver_cancels: Rule,
    organiser_cancels: Rule,
  })
  .partial()
  .strict();
const Config = z
  .object({ commerce: Kinds, maps: Kinds, pay: Kinds, tickets: Kinds, rides: Kinds })
  .partial()
  .strict();

/**
 * Reads `--faults`: inline JSON or a JSON file, e.g. `{"pay":{"payment_declined":{"probability":0.1}}}`
 * or `{"commerce":{"merchant_rejects":{"times":1}}}`. The after-sale exceptions Dimple handles
 * unprompted: `commerce.merchant_cannot_fulfil`, `commerce.late_delivery`, `rides.driver_cancels`,
 * `tickets.organiser_cancels`.
 */
export function parseFaultsFlag(value: string): FaultConfig {
  let text = value.trim();
  if (!text.startsWith("{")) {
    try {
      text = readFileSync(value, "utf8");
    } catch (error) {
      throw new DimpleError(
        "invalid_argument",
        `cannot read faults file ${value}: ${(error as Error).message}`,
        { field: "--faults" },
      );
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DimpleError("invalid_argument", `--faults is not valid JSON: ${(error as Error).message}`, {
      field: "--faults",
    });
  }
  const parsed = Config.safeParse(raw);
  if (!parsed.success) {
    const body = zodErrorBody(parsed.error, "--faults");
    throw new DimpleError("invalid_argument", body.message, { field: body.field ?? "--faults" });
  }
  return parsed.data as FaultConfig;
}
