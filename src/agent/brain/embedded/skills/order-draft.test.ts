import { expect, it } from "vitest";
import { describeEachDialect } from "../../../../store/testing.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";

describeEachDialect("things asked of a shop named for them", (dialect) => {
  const agent = useTestAgent(dialect);

  // The catalogue's name for what was said may be another chain's ("Coke" at a burger bar, a rice
  // bowl for "rice"): the named shop is searched with the user's own words too.
  it("finds the named shop's own listing under the words the user said", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const card = (await send("yonghui please: a sack of rice and a case of nongfu water")).tasks[0];
    expect(card?.quote?.merchantEn).toMatch(/Yonghui/u);
    const names = (card?.quote?.lines ?? []).map((line) => line.nameEn);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/Rice 10 kg/u)]));
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/Nongfu Spring/u)]));
  });

  it("finds a drink the shop sells under its maker's name", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const card = (await send("Lianhua — one coke crate and a yogurt")).tasks[0];
    expect(card?.quote?.merchantEn).toMatch(/Lianhua/u);
    const names = (card?.quote?.lines ?? []).map((line) => line.nameEn);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/Coca-Cola/u)]));
  });

  it("takes the named shop's thing of the kind said, shelved under another kind", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const card = (await send("Dingdong: eggs and 3 packs of noodles")).tasks[0];
    expect(card?.quote?.merchantEn).toMatch(/Dingdong/u);
    const names = (card?.quote?.lines ?? []).map((line) => line.nameEn);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/Noodles/u)]));
  });
});
