import type { ServiceContext } from "../../kernel/context.ts";
import { SeededRandom } from "../../kernel/random.ts";
import { seedCommerce } from "../commerce/seed.ts";
import { seedMaps } from "../maps/seed.ts";
import { seedPay } from "../pay/seed.ts";
import { seedRides } from "../rides/seed.ts";
import { seedTickets } from "../tickets/seed.ts";
import { pastSpendByUser, payPastOrders, walletsOpenedAt } from "./pay-past-orders.ts";
import { seedUsers } from "./seed-users.ts";

/**
 * Seeds the whole world from one number. Each part draws from its own forked stream, so changing one
 * service's seed leaves the others' data as it was. Maps goes first: users live at its POIs. The
 * wallets open (dated before the oldest past order) after commerce has seeded that history, which
 * is then paid through pay like any order, so claims and refunds on it move real money.
 */
export async function seedWorld(context: ServiceContext, seed: number): Promise<void> {
  const random = new SeededRandom(seed);
  await context.db.transaction().execute(async (trx) => {
    const scoped: ServiceContext = { ...context, db: trx };
    await seedMaps(scoped, random.fork("maps"));
    await seedUsers(scoped, random.fork("users"));
    const history = await seedCommerce(scoped, random.fork("commerce"));
    const openedAt = walletsOpenedAt(context.clock.now(), history);
    await seedPay(
      { ...scoped, clock: { now: () => openedAt } },
      random.fork("pay"),
      pastSpendByUser(history),
    );
    await payPastOrders(scoped, random.fork("history-payments"), history);
    await seedTickets(scoped, random.fork("tickets"));
    await seedRides(scoped, random.fork("rides"));
    await trx
      .insertInto("world_meta")
      .values([
        { key: "seed", value: String(seed) },
        { key: "seeded_at", value: String(context.clock.now()) },
      ])
      .execute();
  });
}
