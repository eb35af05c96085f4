import { expect, it } from "vitest";
import { describeEachDialect } from "../../../../store/testing.ts";
import { useTestAgent } from "../../../testing.ts";
import { openChat } from "./chat-testing.ts";
import { shanghaiDate } from "./shanghai-time.ts";

type Cast = { date: string; daytemp: number; nighttemp: number; precipitation_chance: number };

describeEachDialect("the information skills", (dialect) => {
  const agent = useTestAgent(dialect);

  async function forecast(city: string, date: string): Promise<Cast> {
    const result = await agent().tools.call<{ forecasts: Cast[] }>("maps_weather", { city, days: 7 });
    if (!result.ok) throw new Error(result.error.message);
    const cast = result.data.forecasts.find((candidate) => candidate.date === date);
    if (!cast) throw new Error(`no forecast for ${date}`);
    return cast;
  }

  it("tells tomorrow's weather in English with the service's temperatures", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const tomorrow = shanghaiDate(agent().world.context.clock.now() + 86_400_000);
    const cast = await forecast("杭州", tomorrow);
    const { reply } = await send("What's the weather tomorrow?");
    expect(reply).toMatch(/^Tomorrow in Hangzhou/);
    expect(reply).toContain(`${cast.nighttemp}–${cast.daytemp}°C`);
    expect(reply).toContain(`${cast.precipitation_chance}% chance of rain`);
  });

  it("tells a district's weather for a weekday in Chinese", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const cast = await forecast("滨江区", "2026-11-28");
    const { reply } = await send("周六滨江会下雨吗");
    expect(reply).toContain("11月28日（周六）滨江区");
    expect(reply).toContain(`${cast.nighttemp}~${cast.daytemp}°C`);
    expect(reply).toContain(`降水概率 ${cast.precipitation_chance}%`);
  });

  it("answers a Chinese weather question about tomorrow with a forecast", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const { reply } = await send("明天杭州天气怎么样");
    expect(reply).toMatch(/杭州市.*°C，降水概率 \d+%/);
  });

  it("compares transit, driving and walking between two places, suggesting a ride for a long trip", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const { reply } = await send("从西湖到杭州东站怎么走");
    expect(reply).toMatch(/^从西湖到杭州东站：公共交通约 \d+ 分钟/);
    expect(reply).toMatch(/驾车约 \d+ 分钟（\d+ 公里，打车约 ¥\d+\.\d\d）/);
    expect(reply).toContain("步行约");
    expect(reply).toContain("要我帮你叫车吗");
  });

  it("plans an English route with the map's driving distance", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const { reply } = await send("How do I get from West Lake to Hangzhou East Station?");
    expect(reply).toMatch(/^From West Lake to Hangzhou East Railway Station: transit about/);
    expect(reply).toMatch(/driving about \d+ min \(\d+ km, a taxi about ¥/);
  });

  it("lists places near home nearest first and remembers them for 'the second one'", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const { reply, options } = await send("附近有什么好吃的");
    expect(reply).toContain("家附近");
    expect(options.length).toBeGreaterThanOrEqual(2);
    const distances = options.map((option) => Number.parseFloat(option.detail ?? ""));
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const { shown } = (await send.state()) as {
      shown: { kind: string; entries: { payload: { text: string } }[] };
    };
    expect(shown.kind).toBe("place");
    expect(shown.entries[1]?.payload.text).toBe(`怎么去${options[1]?.label}`);
  });

  it("finds coffee shops near an English speaker's home", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const { reply, options } = await send("Any coffee shops nearby?");
    expect(reply).toContain("near home");
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((option) => /km|m ·/.test(option.detail ?? ""))).toBe(true);
  });

  it("lists Saturday's concerts with their lowest prices from the tickets service", async () => {
    const send = await openChat(agent(), "u_xiaoming", "zh");
    const { reply, options } = await send("周六有什么演唱会");
    expect(reply).toContain("11月28日（周六）的演唱会有这些");
    const jay = options.find((option) => option.label.includes("周杰伦"));
    expect(jay?.detail).toContain("¥380.00 起");
    expect(options.some((option) => option.label.includes("流浪地球"))).toBe(false);
  });

  it("lists Saturday's concerts in English", async () => {
    const send = await openChat(agent(), "u_alice", "en");
    const { options } = await send("Any concerts this Saturday?");
    expect(options.map((option) => option.label)).toContain("Jay Chou Carnival World Tour – Hangzhou");
    expect(options.every((option) => option.detail?.includes("Sat 11/28"))).toBe(true);
  });

  it("reads the wallet balance from pay in both languages", async () => {
    const zh = await openChat(agent(), "u_lihua", "zh");
    expect((await zh("我钱包还有多少钱")).reply).toBe("你的钱包可用余额 ¥50.00。");
    const en = await openChat(agent(), "u_bob", "en");
    expect((await en("What's my wallet balance?")).reply).toBe("Your wallet has ¥1000.00 available.");
  });
});
