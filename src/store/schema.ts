import type { AgentTables } from "../agent/tables.ts";
import type { CommerceTables } from "../ecosystem/commerce/tables.ts";
import type { MapsTables } from "../ecosystem/maps/tables.ts";
import type { PayTables } from "../ecosystem/pay/tables.ts";
import type { RidesTables } from "../ecosystem/rides/tables.ts";
import type { TicketsTables } from "../ecosystem/tickets/tables.ts";
import type { WorldTables } from "../ecosystem/world/tables.ts";
import type { FlywheelTables } from "../flywheel/tables.ts";
import type { AuthTables } from "../server/auth/tables.ts";
import type { JobTables } from "./jobs/tables.ts";

/** The whole database as Kysely sees it: the union of every room's tables. */
export type Database = WorldTables &
  MapsTables &
  CommerceTables &
  PayTables &
  TicketsTables &
  RidesTables &
  AgentTables &
  FlywheelTables &
  AuthTables &
  JobTables;
