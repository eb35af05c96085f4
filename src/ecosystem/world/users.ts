import type { ServiceContext } from "../kernel/context.ts";

/** The language of a user's account (`users.lang`): English when they chose it, otherwise Chinese. */
export async function accountLang(context: ServiceContext, userId: string): Promise<"zh" | "en"> {
  const user = await context.db
    .selectFrom("users")
    .select("lang")
    .where("id", "=", userId)
    .executeTakeFirst();
  return user?.lang === "en" ? "en" : "zh";
}
