import type { ServiceContext } from "../../kernel/context.ts";

/** Every event's name, by event id, with its performer and category, for the assistant's dictionary. */
export async function eventNames(
  context: ServiceContext,
): Promise<{ id: string; zh: string; en: string; performer: string; category: string }[]> {
  const events = await context.db
    .selectFrom("tickets_events")
    .select(["id", "name_zh", "name_en", "performer", "category"])
    .orderBy("id")
    .execute();
  return events.map((event) => ({
    id: event.id,
    zh: event.name_zh,
    en: event.name_en,
    performer: event.performer,
    category: event.category,
  }));
}
