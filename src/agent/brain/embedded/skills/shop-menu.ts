import type { GazetteerMatch } from "../../nlu/gazetteer.ts";
import type { BrainDecision } from "../../types.ts";
import { say, yuan } from "../say.ts";
import type { DialogueState } from "../state.ts";
import type { SkillContext } from "./context.ts";
import { savedPlace } from "./places.ts";
import { lngLat } from "./route.ts";

// "方老大面馆有什么面？", "喜家德有啥饺子", "瑞幸都有哪些咖啡", "what does Haidilao have?": what one named
// shop sells (of a kind, when one is said), asked at the end of the turn.
const ZH_MENU_ASKED =
  /(?:有什么|有啥|有哪些|都有什么|都有啥|都有哪些|卖什么|卖啥|卖哪些)(?<kind>[\p{Script=Han}]{0,4}?)(?:可以点|可以吃|好吃的)?[吗呢啊呀]?[?？]?$/u;
const EN_MENU_ASKED =
  /\bwhat (?:does|do) .{2,40} (?:have|sell|serve)\b|\bwhat'?s on (?:the )?menu\b|\bmenu\b/iu;
// Kind words that are not kinds of dish: a place, a time, a wish.
const NOT_A_KIND = /^(?:吃的|喝的|好的|推荐|优惠|活动|套餐?)$/u;

interface Shop {
  merchantId: string;
  nameZh: string;
  nameEn: string;
  brandZh: string;
}
interface MenuItem {
  nameZh: string;
  nameEn: string;
  priceFen: number;
  inStock: boolean;
}

/** The brand a menu question names, when the turn asks what one shop sells. */
export function menuAsked(entities: readonly GazetteerMatch[], text: string): GazetteerMatch | undefined {
  const trimmed = text.trim();
  if (!ZH_MENU_ASKED.test(trimmed) && !EN_MENU_ASKED.test(trimmed)) return undefined;
  return entities.find((match) => match.entity.kind === "merchant" && match.score >= 0.8);
}

/**
 * "方老大面馆有什么面": the named shop's dishes (of the kind said), nearest branch that reaches home or
 * the address said, as options — "第二个来两碗，微辣" then orders that dish there.
 */
export async function shopMenu(context: SkillContext): Promise<BrainDecision | undefined> {
  const { turn, lang, nlu } = context;
  const brand = menuAsked(nlu.slots.entities ?? [], turn.text);
  if (!brand) return undefined;
  const centre = savedPlace(turn.profile, nlu.slots.addressLabel ?? "home");
  const found = await turn.tools.call<{ merchants: Shop[] }>("commerce_search_merchants", {
    keyword: brand.entity.zh,
    ...(centre ? { location: lngLat(centre) } : {}),
    limit: 5,
  });
  const shop = found.ok ? found.data.merchants[0] : undefined;
  if (!shop) return undefined;
  const detail = await turn.tools.call<{ menu: MenuItem[] }>("commerce_merchant_detail", {
    merchantId: shop.merchantId,
  });
  if (!detail.ok) return undefined;
  const kind = ZH_MENU_ASKED.exec(turn.text.trim())?.groups?.kind ?? "";
  const sold = detail.data.menu.filter((item) => item.inStock);
  const ofKind =
    kind && !NOT_A_KIND.test(kind)
      ? sold.filter((item) => [...kind].some((char) => item.nameZh.includes(char)))
      : [];
  const listed = (ofKind.length > 0 ? ofKind : sold).slice(0, 8);
  if (listed.length === 0) return undefined;
  const shopName = say(lang, shop.nameZh, shop.nameEn);
  const state: DialogueState = {
    ...context.state,
    lastIntent: "search_place",
    awaiting: undefined,
    shown: {
      kind: "dish",
      entries: listed.map((item, index) => ({
        id: `dish${index + 1}`,
        label: say(lang, item.nameZh, item.nameEn),
        // The dish at that shop, so the pick orders it there with what else the turn says.
        payload: { text: say(lang, `${shop.brandZh}的${item.nameZh}`, `${item.nameEn} from ${shop.nameEn}`) },
      })),
    },
  };
  return {
    type: "propose",
    text: say(
      lang,
      `「${shopName}」${ofKind.length > 0 ? `的${kind}` : "的菜单"}有这些，说「第几个」和份数我就下单：`,
      `Here's what ${shopName} has — say "the second one" (and how many) and I'll order it:`,
    ),
    options: listed.map((item, index) => ({
      id: `dish${index + 1}`,
      label: say(lang, item.nameZh, item.nameEn),
      detail: yuan(item.priceFen),
    })),
    state,
  };
}
