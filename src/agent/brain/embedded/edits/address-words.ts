// "…, to the office", "to my place": a destination said with "to" sends it there too.
export const SENDS =
  /送|寄|改|换|\b(?:deliver|send|bring|ship|drop (?:it )?off|instead|change|switch)\b|\bto (?:the |my |our )?(?:office|work|workplace|home|house|place)\b/iu;

/** "送office", "send it home instead": where the order should go, said without the NLU's address words. */
export function addressWords(text: string): "home" | "office" | undefined {
  if (
    /(?:送|到|去|改成|改为|换成|换到|改到)\s*(?:到)?\s*(?:公司|单位|办公室|office)|\b(?:to|at) (?:the |my )?(?:office|work)\b/iu.test(
      text,
    )
  )
    return "office";
  if (
    /(?:送|到|回|改成|改为|换成|换到|改到)\s*(?:到)?\s*(?:我家|家|home)|\b(?:to|at) (?:my )?(?:home|place)\b|\bhome instead\b/iu.test(
      text,
    )
  )
    return "home";
  return undefined;
}
