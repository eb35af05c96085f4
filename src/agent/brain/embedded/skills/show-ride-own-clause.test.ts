import { describe, expect, it } from "vitest";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";

// Issue #11: a ride asked in its own clause after the tickets goes to the show, timed by it, never
// "Where to?"; the card says "建议" only of a pick-up Dimple chose.
describe("a ride asked in its own clause after the tickets", () => {
  const agent = useTestAgent("sqlite");

  it("goes to the venue, counted back from the start (en), with no suggestion on the card", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const turn = await send(
      "two tickets for the Teahouse play on Sunday, and a car to get me there 60 minutes before it starts",
    );
    expect(turn.reply).not.toContain("Where to?");
    expect(turn.tasks.map((task) => task.kind)).toEqual(["buy_tickets", "ride_hail"]);
    expect(turn.tasks[1]?.quote?.address).toMatch(/杭州剧院（11\/29 12:\d\d 出发）/u);
    expect(turn.tasks[1]?.quote?.address).not.toContain("建议");
  });

  it("goes to the venue when another need stands between (zh)", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const turn = await send("两张周日德云社的票，开场前一小时提醒我，再叫个车过去");
    const ride = turn.tasks.find((task) => task.kind === "ride_hail");
    expect(ride?.quote?.address).toContain("杭州剧院");
    expect(turn.reply).not.toContain("要去哪里");
  });

  it("'还要一辆车…送到' is a car; a clock said for the ride is not the show's session", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const car = await send("周六晚上宋城千古情来三张票，还要一辆车开演前一个小时把我送到");
    expect(car.tasks.map((task) => task.kind)).toEqual(["buy_tickets", "ride_hail"]);
    const other = await openChat(agent(), "u_xiaoming", "zh");
    const timed = await other("两张周六周杰伦的票，再叫个车下午5点从家出发");
    expect(timed.tasks.map((task) => task.kind)).toEqual(["buy_tickets", "ride_hail"]);
    expect(timed.tasks[1]?.quote?.address).toMatch(/（11\/28 17:00 出发）/u);
  });

  it("'a taxi back home once the game is over' goes home; 'a lift there' is a car", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const home = await send(
      "3 tickets for the CBA Liaoning game Saturday. Oh and a taxi back home once the game is over",
    );
    expect(home.tasks[1]?.quote?.address).toContain("之江路");
    const other = await openChat(agent(), "u_alice", "en");
    const lift = await other(
      "one ticket for Zootopia 2 Saturday 7pm. also need a lift there, arriving half an hour early",
    );
    expect(lift.tasks.map((task) => task.kind)).toEqual(["buy_tickets", "ride_hail"]);
  });

  it("says '建议' only of a pick-up it chose: the default lead before a show", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const turn = await send("买两张周杰伦演唱会的票，再帮我叫个车过去");
    expect(turn.tasks[1]?.quote?.address).toMatch(/建议 \S+ \d\d:\d\d 出发/u);
    const ride = await openChat(agent(), "u_xiaoming", "zh");
    const said = await ride("后天早上8点半从公司打车去杭州南站");
    expect(said.tasks[0]?.quote?.address).toMatch(/杭州南站（11\/28 08:30 出发）/u);
  });
});
