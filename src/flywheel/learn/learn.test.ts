import { describe, expect, it } from "vitest";
import { trainSoftmax } from "../../agent/brain/nlu/sgd-trainer.ts";
import { generateTrainingExamples, type TrainingExample } from "../../agent/brain/nlu/training-data.ts";
import { phrasingOf } from "./examples.ts";
import { isHeldOut } from "./retrain.ts";
import { withClassShares } from "./train-with.ts";

const example = (text: string, lang: "zh" | "en", intent: TrainingExample["intent"]): TrainingExample => ({
  text,
  lang,
  intent,
  group: "g",
});

describe("phrasings of accepted examples", () => {
  it("masks the places, dates, recognised items and numbers the NLU read, and nothing else", () => {
    expect(phrasingOf("get me a taxi to West Lake", { destination: "West Lake", product: "taxi" })).toBe(
      "get me a taxi to <x>",
    );
    expect(phrasingOf("Get me a taxi to the AIRPORT", { destination: "the airport" })).toBe(
      "get me a taxi to <x>",
    );
    expect(
      phrasingOf("馋杨枝甘露了", {
        entities: [{ text: "杨枝甘露", start: 1, end: 5, entity: { kind: "item" } }],
      }),
    ).toBe("馋<x>了");
    expect(phrasingOf("给李华转50块", { recipient: "李华", amountFen: 5000 })).toBe("给<x>转<x>块");
    expect(
      phrasingOf("wanna catch a show tomorrow", {
        datetime: { text: "tomorrow", startMs: 0, timeKnown: false },
      }),
    ).toBe("wanna catch a show <x>");
    expect(phrasingOf("hook me up with a burger", {})).toBe("hook me up with a burger");
  });

  it("holds out by phrasing, so one way of saying something never sits on both sides", () => {
    const places = ["West Lake", "Lingyin Temple", "Hangzhou East Station", "the airport", "Wulin Square"];
    for (const carrier of ["get me a taxi to", "need wheels to", "whisk me off to", "book a ride to"]) {
      const sides = new Set(
        places.map((place) =>
          isHeldOut(
            {
              text: `${carrier} ${place}`,
              phrasing: phrasingOf(`${carrier} ${place}`, { destination: place }),
            },
            0.5,
            7,
          ),
        ),
      );
      expect(sides.size).toBe(1);
    }
    // Without a phrasing it still goes by the text, as before.
    expect(isHeldOut({ text: "Hi there" }, 0.5, 7)).toBe(isHeldOut({ text: "hi  there" }, 0.5, 7));
  });
});

describe("keeping each intent's share of the training data", () => {
  const templates = [
    ...Array.from({ length: 10 }, (_, index) => example(`order ${index}`, "en", "order_delivery")),
    ...Array.from({ length: 20 }, (_, index) => example(`oos ${index}`, "en", "out_of_scope")),
    ...Array.from({ length: 10 }, (_, index) => example(`点 ${index}`, "zh", "order_delivery")),
  ];
  const share = (rows: readonly (TrainingExample & { weight?: number })[], lang: string, intent: string) => {
    const total = rows.reduce((sum, row) => sum + (row.weight ?? 1), 0);
    const part = rows
      .filter((row) => row.lang === lang && row.intent === intent)
      .reduce((sum, row) => sum + (row.weight ?? 1), 0);
    return part / total;
  };

  it("weights the templates so every (language, intent) keeps its share once the extra examples are in", () => {
    const added = Array.from({ length: 5 }, (_, index) => example(`get me ${index}`, "en", "order_delivery"));
    const weighted = withClassShares(templates, added);
    const all = [...weighted, ...added];
    expect(share(all, "en", "order_delivery")).toBeCloseTo(share(templates, "en", "order_delivery"), 10);
    expect(share(all, "en", "out_of_scope")).toBeCloseTo(share(templates, "en", "out_of_scope"), 10);
    expect(share(all, "zh", "order_delivery")).toBeCloseTo(share(templates, "zh", "order_delivery"), 10);
    // The intent the extra examples went to gets nothing more from its templates; the others make up for it.
    expect(weighted.find((row) => row.text === "order 0")?.weight).toBe(1);
    expect(weighted.find((row) => row.text === "oos 0")?.weight).toBe(1.5);
    expect(weighted.find((row) => row.text === "点 0")?.weight).toBe(1.5);
  });

  it("leaves the templates as they are when nothing is added", () => {
    expect(withClassShares(templates, []).every((row) => !("weight" in row))).toBe(true);
  });

  it("trains exactly as before when every weight is 1", () => {
    const rows = generateTrainingExamples(7).filter((_, index) => index % 40 === 0);
    const plain = trainSoftmax(rows, { seed: 3, epochs: 2 });
    const weighted = trainSoftmax(
      rows.map((row) => ({ ...row, weight: 1 })),
      { seed: 3, epochs: 2 },
    );
    expect(weighted).toEqual(plain);
    const heavier = trainSoftmax(
      rows.map((row, index) => ({ ...row, weight: index % 2 ? 2 : 1 })),
      { seed: 3, epochs: 2 },
    );
    expect(heavier.weights).not.toEqual(plain.weights);
  });
});
