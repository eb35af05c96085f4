import { ADVERSARIAL, RESTAURANTS } from "./food.ts";
import { HOMES } from "./homes.ts";
import { LANDMARKS, MALLS, PARKS } from "./leisure.ts";
import { OFFICES } from "./offices.ts";
import type { PlaceEntry } from "./place.ts";
import { HOSPITALS, HOTELS, SCHOOLS } from "./services.ts";
import { STATIONS } from "./transport.ts";
import { VENUES } from "./venues.ts";

export type { PlaceEntry } from "./place.ts";

/** Every hand-written place of the sandbox map, in a fixed order (the seed relies on it). */
export const CATALOG: readonly PlaceEntry[] = [
  ...HOMES,
  ...OFFICES,
  ...STATIONS,
  ...MALLS,
  ...LANDMARKS,
  ...PARKS,
  ...VENUES,
  ...HOSPITALS,
  ...SCHOOLS,
  ...HOTELS,
  ...RESTAURANTS,
  ...ADVERSARIAL,
];
