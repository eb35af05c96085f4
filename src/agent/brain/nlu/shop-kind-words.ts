/**
 * Words that say what kind of shop, not which one: "便利店", "超市", "药店", "a convenience store",
 * "the pharmacy". A shop whose name holds such a word ("7-11便利店", "联华超市") is not named by the word
 * alone; a sound-alike or near match on it names no shop.
 */
const SHOP_KIND =
  /^(?:(?:24小时|附近的?|楼下的?)?(?:便利店|超市|大?药店|大?药房|鲜?花店|水果店|果切店|咖啡店|咖啡馆|奶茶店|茶饮店|面馆|面包店|蛋糕店|甜品店|烘焙店|餐厅|饭店|小吃店|快餐店|商店|小卖部)|(?:the |a |an )?(?:convenience stores?|supermarkets?|grocery stores?|grocer(?:y|ies)|pharmac(?:y|ies)|drugstores?|chemists?|florists?|flower shops?|fruit (?:shops?|stores?)|coffee shops?|cafes?|caf[eé]s?|tea shops?|bakery|bakeries|noodle shops?|restaurants?|shops?|stores?))$/iu;

/** Whether the words only say a kind of shop ("the supermarket", "楼下的便利店"). */
export function onlyShopKind(words: string): boolean {
  return SHOP_KIND.test(words.trim());
}

/** Whether the words that matched a shop only say its kind ("便利店" for 7-11便利店): they name no shop. */
export function shopKindOnly(entry: { kind: string }, words: string): boolean {
  return entry.kind === "merchant" && onlyShopKind(words);
}
