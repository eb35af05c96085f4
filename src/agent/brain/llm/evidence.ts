/**
 * What the read tools actually returned this turn, indexed by id. A proposal is checked against it:
 * an id the model did not see in a tool result (made up, misremembered or planted in a review) never
 * becomes a task.
 */

export interface SeenItem {
  skuId: string;
  merchantId: string;
  nameZh: string;
  nameEn: string;
  /** Option key → choice ids, when the tool listed them. */
  options?: Map<string, Set<string>>;
}

export interface SeenPlace {
  id: string;
  name: string;
  nameEn: string;
  address?: string;
  lng: number;
  lat: number;
}

type Json = Record<string, unknown>;

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function lngLat(value: unknown): { lng: number; lat: number } | undefined {
  const match =
    typeof value === "string" ? /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/u.exec(value) : null;
  return match ? { lng: Number(match[1]), lat: Number(match[2]) } : undefined;
}

/** The ids seen in this turn's tool results, with just enough around them to validate a proposal. */
export class Evidence {
  readonly merchants = new Map<string, { nameZh: string; nameEn: string }>();
  readonly items = new Map<string, SeenItem>();
  readonly events = new Map<string, { nameZh: string; nameEn: string }>();
  /** sessionId → eventId */
  readonly sessions = new Map<string, string>();
  /** seatId → sessionId */
  readonly seats = new Map<string, string>();
  readonly places = new Map<string, SeenPlace>();

  /** Indexes one successful read tool result. */
  add(data: unknown): void {
    this.#walk(data, {});
  }

  #walk(node: unknown, inherited: { merchantId?: string; eventId?: string; sessionId?: string }): void {
    if (Array.isArray(node)) {
      for (const item of node) this.#walk(item, inherited);
      return;
    }
    if (!node || typeof node !== "object") return;
    const record = node as Json;
    const context = { ...inherited };
    const merchantId = text(record.merchantId);
    const skuId = text(record.skuId);
    if (merchantId) context.merchantId = merchantId;
    if (merchantId && !skuId && text(record.nameZh))
      this.merchants.set(merchantId, {
        nameZh: text(record.nameZh) ?? "",
        nameEn: text(record.nameEn) ?? "",
      });
    if (skuId && context.merchantId) this.#addItem(record, skuId, context.merchantId);
    this.#addTickets(record, context);
    this.#addPlace(record);
    for (const value of Object.values(record))
      if (value && typeof value === "object") this.#walk(value, context);
  }

  #addItem(record: Json, skuId: string, merchantId: string): void {
    const groups = Array.isArray(record.optionGroups) ? (record.optionGroups as Json[]) : undefined;
    const options = groups
      ? new Map(
          groups.map((group) => [
            String(group.key),
            new Set(((group.choices as Json[] | undefined) ?? []).map((choice) => String(choice.id))),
          ]),
        )
      : this.items.get(skuId)?.options;
    this.items.set(skuId, {
      skuId,
      merchantId,
      nameZh: text(record.nameZh) ?? "",
      nameEn: text(record.nameEn) ?? "",
      ...(options ? { options } : {}),
    });
    if (!this.merchants.has(merchantId)) {
      const merchant = (record.merchant ?? {}) as Json;
      this.merchants.set(merchantId, {
        nameZh: text(merchant.nameZh) ?? "",
        nameEn: text(merchant.nameEn) ?? "",
      });
    }
  }

  #addTickets(record: Json, context: { eventId?: string; sessionId?: string }): void {
    const id = text(record.id);
    if (id?.startsWith("evt_") || (id && Array.isArray(record.sessions))) {
      this.events.set(id, { nameZh: text(record.nameZh) ?? "", nameEn: text(record.nameEn) ?? "" });
      context.eventId = id;
    }
    // Seat availability nests the session beside its seats: lift it so the seats are bound to it.
    const session =
      record.session && typeof record.session === "object" ? (record.session as Json) : undefined;
    const eventId = text(record.eventId) ?? text(session?.eventId) ?? context.eventId;
    if (eventId) context.eventId = eventId;
    const sessionId = text(record.sessionId) ?? text(session?.sessionId);
    if (sessionId) {
      context.sessionId = sessionId;
      if (eventId) this.sessions.set(sessionId, eventId);
    }
    const seatIds = [text(record.seatId), ...(Array.isArray(record.seatIds) ? record.seatIds.map(text) : [])];
    for (const seatId of seatIds) if (seatId && context.sessionId) this.seats.set(seatId, context.sessionId);
  }

  #addPlace(record: Json): void {
    const id = text(record.id) ?? text(record.poiId);
    const point = lngLat(record.location);
    const name = text(record.name) ?? text(record.nameZh);
    if (!id || !point || !name || record.merchantId || text(record.id)?.startsWith("evt_")) return;
    const address = text(record.address);
    this.places.set(id, {
      id,
      name,
      nameEn: text(record.name_en) ?? text(record.nameEn) ?? name,
      ...(address ? { address } : {}),
      ...point,
    });
  }
}
