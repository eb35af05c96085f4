import { expect, it } from "vitest";
import { verifyLedger } from "../../../ecosystem/pay/verify-ledger.ts";
import { describeEachDialect } from "../../../store/testing.ts";
import { openChat } from "../../brain/embedded/skills/chat-testing.ts";
import { useTestAgent, walletFen } from "../../testing.ts";

describeEachDialect("sending money through the agent", (dialect) => {
  const agent = useTestAgent(dialect);

  it("transfers to a contact on confirm: the sender is debited, the recipient credited, the ledger balanced", async () => {
    const sender = "u_xiaoming";
    const [senderBefore, recipientBefore] = [
      await walletFen(agent(), sender),
      await walletFen(agent(), "u_lihua"),
    ];
    const send = await openChat(agent(), sender, "zh");
    const turn = await send("给李华转50块");
    const card = turn.tasks[0];
    expect(card?.kind).toBe("payment");
    expect(card?.quote).toMatchObject({ merchant: "李华", totalFen: 5000 });
    expect(await walletFen(agent(), "u_lihua")).toBe(recipientBefore);

    const done = await agent().engine.confirm(
      sender,
      card?.taskId as string,
      card?.quote?.cartHash as string,
    );
    expect(done.paid_fen).toBe(5000);
    expect(await walletFen(agent(), sender)).toBe(senderBefore - 5000);
    expect(await walletFen(agent(), "u_lihua")).toBe(recipientBefore + 5000);
    const intent = await agent()
      .world.context.db.selectFrom("pay_intents")
      .selectAll()
      .where("id", "=", done.order_id as string)
      .executeTakeFirstOrThrow();
    expect(intent).toMatchObject({
      payee: "user:u_lihua",
      status: "succeeded",
      captured_fen: 5000,
      fee_fen: 0,
    });
    expect((await verifyLedger(agent().world.context)).ok).toBe(true);
  });

  it("sends money to a contact named by first name in English", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const turn = await send("Send Bob 50 yuan");
    expect(turn.reply).toContain("Sending ¥50.00 to Bob Miller");
    expect(turn.tasks[0]?.quote?.totalFen).toBe(5000);
  });

  it("asks for the amount, then continues the transfer with the answer", async () => {
    const send = await openChat(agent(), "u_bob", "zh");
    const asked = await send("给李华转钱");
    expect(asked.reply).toBe("转多少钱给李华？");
    const answered = await send("50块");
    expect(answered.tasks[0]?.quote).toMatchObject({ merchant: "李华", totalFen: 5000 });
  });

  it("refuses to send money to someone who is not a contact", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const turn = await send("Send Voldemort 50 yuan");
    expect(turn.tasks).toHaveLength(0);
    expect(turn.reply).toContain("isn't in your contacts");
  });
});
