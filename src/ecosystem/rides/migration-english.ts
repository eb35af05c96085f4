import type { Kysely, Migration } from "kysely";
import { pinyin } from "pinyin-pro";

/** "丰田卡罗拉 Toyota Corolla" → ["丰田卡罗拉", "Toyota Corolla"]: how drivers were seeded before. */
function splitBilingual(text: string): [string, string] {
  const match = /^(\S*\p{Script=Han}\S*)\s+([\x20-\x7e]+)$/u.exec(text.trim());
  return match ? [match[1] as string, (match[2] as string).trim()] : [text, ""];
}

/** "王建国" → "Wang Jianguo". */
function pinyinName(name: string): string {
  const [family, ...given] = pinyin(name, { toneType: "none", type: "array", surname: "head" });
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return [capital(family ?? ""), capital(given.join(""))].filter(Boolean).join(" ");
}

/**
 * Drivers in English too: the name in pinyin, the car model and colour, the plate with its province
 * spelled out. Drivers seeded before it carried both languages in one text ("丰田卡罗拉 Toyota
 * Corolla"): those are split, so the Chinese field is Chinese only and every driver has English forms.
 */
export const englishDriversMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ["name_en", "car_model_en", "car_color_en", "plate_en"]) {
      await db.schema
        .alterTable("rides_drivers")
        .addColumn(column, "varchar(64)", (builder) => builder.notNull().defaultTo(""))
        .execute();
    }
    const drivers = await db
      .selectFrom("rides_drivers")
      .select(["id", "name", "car_model", "car_color", "plate"])
      .execute();
    for (const driver of drivers) {
      const [model, modelEn] = splitBilingual(String(driver.car_model));
      const [color, colorEn] = splitBilingual(String(driver.car_color));
      await db
        .updateTable("rides_drivers")
        .set({
          name_en: pinyinName(String(driver.name)),
          car_model: model,
          car_model_en: modelEn || model,
          car_color: color,
          car_color_en: colorEn || color,
          plate_en: String(driver.plate).replace(/^浙/u, "Zhe "),
        })
        .where("id", "=", driver.id)
        .execute();
    }
  },
};
