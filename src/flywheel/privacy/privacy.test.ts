import { expect, it } from "vitest";
import { useTestWorld } from "../../ecosystem/world/testing.ts";
import { describeEachDialect } from "../../store/testing.ts";
import { consentingUsers, DEFAULT_CONSENT, getConsent, setConsent } from "./consent.ts";
import { deleteUserData, purgeExpired } from "./deletion.ts";

const DAY = 86_400_000;

describeEachDialect("flywheel consent, retention and deletion", (dialect) => {
  const world = useTestWorld(dialect);

  async function seedRecords(userId: string, ageDays: number, id: string) {
    const { db, clock } = world().context;
    const at = clock.now() - ageDays * DAY;
    await db
      .insertInto("flywheel_turns")
      .values({
        id: `${id}_t`,
        session_id: `${id}_s`,
        user_id: userId,
        seq: 1,
        lang: "zh",
        text: "你好",
        intent: "smalltalk",
        confidence: 0.9,
        slots: "{}",
        brain: "embedded",
        reply: "你好！",
        events: "{}",
        task_ids: "[]",
        latency_ms: 3,
        at,
      })
      .execute();
    await db
      .insertInto("flywheel_feedback")
      .values({
        id: `${id}_f`,
        user_id: userId,
        session_id: `${id}_s`,
        turn_id: `${id}_t`,
        rating: "up",
        reason: null,
        source: "app",
        at,
      })
      .execute();
  }
  const turnIds = async () =>
    (await world().context.db.selectFrom("flywheel_turns").select("id").orderBy("id").execute()).map(
      (row) => row.id,
    );

  it("defaults to capture for the service only, for 90 days, and records a choice", async () => {
    const context = world().context;
    expect(await getConsent(context, "u_bob")).toEqual(DEFAULT_CONSENT);
    expect(DEFAULT_CONSENT).toMatchObject({ share: false, retentionDays: 90 });
    await setConsent(context, "u_bob", { share: true, retentionDays: 30 });
    expect(await getConsent(context, "u_bob")).toEqual({ share: true, retentionDays: 30, explicit: true });
    await setConsent(context, "u_bob", { share: false });
    expect(await getConsent(context, "u_bob")).toEqual({ share: false, retentionDays: 30, explicit: true });
    expect((await consentingUsers(context)).has("u_bob")).toBe(false);
    await expect(setConsent(context, "u_bob", { share: true, retentionDays: 0 })).rejects.toMatchObject({
      code: "invalid_argument",
      field: "retentionDays",
    });
  });

  it("purges records past each user's retention period, and keeps the rest", async () => {
    const context = world().context;
    await setConsent(context, "u_lihua", { share: true, retentionDays: 10 });
    await seedRecords("u_lihua", 11, "lihua_old");
    await seedRecords("u_lihua", 5, "lihua_new");
    await seedRecords("u_sim001", 91, "sim_old");
    await seedRecords("u_sim001", 60, "sim_kept");
    const removed = await purgeExpired(context);
    expect(removed.flywheel_turns).toBe(2);
    expect(removed.flywheel_feedback).toBe(2);
    expect(await turnIds()).toEqual(["lihua_new_t", "sim_kept_t"]);
  });

  it("deletes one user's records and consent, and nobody else's", async () => {
    const context = world().context;
    await setConsent(context, "u_alice", { share: true });
    await seedRecords("u_alice", 1, "alice");
    const removed = await deleteUserData(context, "u_alice");
    expect(removed).toMatchObject({ flywheel_turns: 1, flywheel_feedback: 1, flywheel_consent: 1 });
    expect(await turnIds()).not.toContain("alice_t");
    expect(await turnIds()).toContain("lihua_new_t");
    expect((await getConsent(context, "u_alice")).explicit).toBe(false);
  });
});
