import { describe, expect, it } from "vitest";
import { EVENT_KINDS, kindOf, showKindAsked } from "./event-kinds.ts";

const standup = { category: "show", tags: ["standup", "脱口秀", "comedy"] };
const songcheng = { category: "show", tags: ["show", "歌舞", "tourist"] };
const phantom = { category: "drama", tags: ["musical", "音乐剧"] };
const teahouse = { category: "drama", tags: ["play", "话剧", "classic"] };
const mahua = { category: "drama", tags: ["comedy", "喜剧", "play"] };
const crosstalk = { category: "crosstalk", tags: ["crosstalk", "相声"] };
const football = { category: "sports", tags: ["football", "足球"] };

describe("the kind of event a search asks for", () => {
  it("reads the narrowest kind said", () => {
    expect(kindOf("any stand-up comedy this weekend?")?.id).toBe("standup");
    expect(kindOf("周末有脱口秀吗")?.id).toBe("standup");
    expect(kindOf("有没有好笑的喜剧")?.id).toBe("comedy");
    expect(kindOf("下周有什么音乐剧")?.id).toBe("musical");
    expect(kindOf("comedy dialogues on Sunday")?.id).toBe("crosstalk");
    expect(kindOf("下周有什么展览")?.id).toBe("exhibition");
    expect(kindOf("anything for kids on Saturday")?.id).toBe("kids");
    expect(kindOf("周日有足球赛吗")?.id).toBe("football");
    expect(kindOf("周六有什么")).toBeUndefined();
  });
  it("fits shows by their tags, not only their category", () => {
    const kind = kindOf("stand-up tonight");
    expect(kind?.fits(standup)).toBe(true);
    expect(kind?.fits(songcheng)).toBe(false);
    const musical = kindOf("musicals next week");
    expect([phantom, teahouse, mahua].map((event) => musical?.fits(event))).toEqual([true, false, false]);
    const comedy = kindOf("any comedy shows?");
    expect([standup, mahua, crosstalk, songcheng, phantom].map((event) => comedy?.fits(event))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(kindOf("足球比赛")?.fits(football)).toBe(true);
  });
  it("fits nothing of a kind the world does not sell", () => {
    const exhibition = kindOf("what exhibitions are on");
    expect([standup, songcheng, phantom, teahouse, football].some((event) => exhibition?.fits(event))).toBe(
      false,
    );
  });
});

describe("a kind of event asked after, whatever the classifier made of it", () => {
  it("reads exhibitions and children's shows said in other words", () => {
    for (const text of ["下周有画展吗", "下个月有没有美术展", "is there a gallery show on this weekend"])
      expect(kindOf(text)?.id, text).toBe("exhibition");
    expect(showKindAsked("这周末带小朋友看什么")).toBe(true);
    expect(showKindAsked("what's on for the kids this weekend")).toBe(true);
    // Children named with no show or outing are no question about shows.
    expect(showKindAsked("给孩子买点零食送家里")).toBe(false);
  });

  it("counts a family film as one for children", () => {
    expect(
      EVENT_KINDS.find((kind) => kind.id === "kids")?.fits({ category: "movie", tags: ["family"] }),
    ).toBe(true);
  });
});
