// People named by how they relate to the user, not by name: "my sister", "我妈", "老婆", "my boss".
// A relation is no contact: the brain resolves it through the contacts (a contact saved under that
// word) or asks who it is, never guesses.

const ZH_RELATIONS =
  "妈妈|老妈|妈|母亲|爸爸|老爸|爸|父亲|姐姐|姐|哥哥|哥|弟弟|弟|妹妹|妹|老婆|媳妇|老公|爱人|对象|女朋友|男朋友|女友|男友|爷爷|奶奶|外公|外婆|姥姥|姥爷|儿子|女儿|闺女|叔叔|阿姨|舅舅|姑姑|婶婶|表哥|表姐|表弟|表妹|堂哥|堂姐|室友|舍友|同事|老板|领导|闺蜜|兄弟|朋友|同学|房东";
const EN_RELATIONS =
  "mom|mum|mother|mommy|mama|dad|father|daddy|papa|sister|sis|brother|bro|wife|husband|hubby|partner|girlfriend|boyfriend|gf|bf|grandma|grandmother|granny|grandpa|grandfather|son|daughter|uncle|aunt|auntie|cousin|roommate|flatmate|housemate|colleague|coworker|co-worker|boss|manager|landlord|landlady|friend|bestie|best friend|niece|nephew|parents|in-laws|mother-in-law|father-in-law";

const ZH_RELATION = new RegExp(
  `(?:我|俺)(?:的)?(${ZH_RELATIONS})|^(${ZH_RELATIONS})(?=[转给还])|给(${ZH_RELATIONS})(?=[转打发还汇]|[0-9零一二两三四五六七八九十百千])`,
  "u",
);
const EN_RELATION = new RegExp(
  `\\bmy\\s+(?:little\\s+|big\\s+|older\\s+|younger\\s+|kid\\s+)?(${EN_RELATIONS})\\b`,
  "iu",
);

/** The relation a sentence names someone by ("my sister" → "sister", "我妈" → "妈"), if any. */
export function relationSaid(text: string): string | undefined {
  const zh = ZH_RELATION.exec(text);
  const word = zh?.[1] ?? zh?.[2] ?? zh?.[3];
  if (word) return word;
  return EN_RELATION.exec(text)?.[1]?.toLowerCase();
}

/** Whether a recipient as said is a relation ("my mom", "我姐", "sister"), not a name. */
export function isRelation(recipient: string): boolean {
  const said = recipient.trim();
  return (
    new RegExp(`^(?:我的?|俺)?(?:${ZH_RELATIONS})$`, "u").test(said) ||
    new RegExp(`^(?:my\\s+)?(?:(?:little|big|older|younger)\\s+)?(?:${EN_RELATIONS})$`, "iu").test(said)
  );
}
