/**
 * The words of an edit to a waiting card: adding, removing, replacing, one of several, some of them,
 * doubling, the other one, all of them, and counts said with a measure word. Read by read-edit.ts.
 */
// "and 2 egg tarts", "w/ a soy milk", "and fries too": a thing said after "and"/"with" or ending in
// "too" adds to the card, like "add" does.
export const ADD =
  /再加|加(?:一|个|份|杯|碗|瓶|盒|点|上|多|[0-9两二三四五])|再来|再要|还要|另外|外加|多加|多来|多要|顺便|也(?:来|要|买|拿|带)(?:[一两二三四五六七八九十0-9]|个|份|杯|碗|瓶|盒|点|些)|\b(?:also|add|plus|throw in|another|extra|and a|with a)\b|^\s*(?:and|&|\+|w\/|with)\s|\b(?:and|with|w\/) (?:an?|one|two|three|four|five|six|some|also|[0-9]+)\b|\b(?:too|as well)\s*[.!]*\s*$/iu;
export const REMOVE =
  /不要(?!糖|冰|辣|葱|香菜|奶)|去掉|删掉|删了|拿掉|减掉|别要|取消|\btake(?:\s+[\w']+){1,5}?\s+(?:off|out)\b|\b(?:drop|remove|take (?:off|out)|without|skip|no more|hold the|get rid of|lose the|leave out|cancel the|scra(?:tch|p) (?:the|that|my)|nix|minus|forget (?:the|about)|ditch|don'?t (?:want|need) the)\b/iu;
export const REPLACE =
  /换成|改成|换为|改为|替换|换(?:一|个|杯|份|碗)|\b(?:swap|switch|replace|change|instead|rather|make (?:it|them|that) the)\b|\b(?:make|turn) (?:one|1) of (?:them|those|these) (?:into )?an? /iu;
export const ONE_OF =
  /其中(?:的)?(?:一|1)\s*(?:杯|个|份|碗|瓶|盒|只|串)?|(?:^|[，,。\s]|有|把|将|只)(?:一|1)\s*(?:杯|个|份|碗|瓶|盒)(?:换|改|要|做|加|去|少)|只(?:换|改)(?:一|1)\s*(?:杯|个|份|碗)|\bone of (?:them|those|these|the)\b|\bone of\b|\b(?:swap|switch|change|replace|trade|make|turn)\s+(?:just\s+|only\s+)?(?:one|1)\b(?!\s+more)/iu;
// "two of them less sugar", "make 2 of those skim": a count of the line's cups, not a new count.
export const SOME_OF =
  /\b(two|three|four|five|2|3|4|5) of (?:them|those|these|the)\b|其中\s*([0-9两二三四五])\s*(?:杯|个|份|碗|瓶|盒)/iu;
// "double the kiwis", "芒果翻倍", "make it twice as many": the named line's count times two.
export const DOUBLE =
  /翻倍|加倍|翻一倍|(?:数量|份量)?[乘x×]\s*2(?![0-9])|\bdouble (?:the|my|our|that|those|these|it|them|both)\b|\btwice as (?:many|much)\b|\bdouble up\b/iu;
// "另一份微辣", "the other one mild": the line not spoken of yet, the last of those it could be.
export const OTHER = /另(?:一|外一)\s*(?:杯|个|份|碗)|\bthe other(?: one)?\b/iu;
export const ALL = /都|全部|全都|所有|统一|每(?:一)?(?:杯|个|份|碗)|\b(?:all|both|every|each|them all)\b/iu;
export const COUNTED_ZH = /([0-9]+|[一二两三四五六七八九十])\s*(?:杯|个|份|碗|瓶|盒|只|串)/u;
export const COUNTED_EN = /\b(one|two|three|four|five|1|2|3|4|5)\b/iu;
// Words too common to name a line on their own ("medium" fries, a "cup" of tea).
export const STOP_EN = new Set(
  "medium large small regular with and the hot iced cup pc set meal extra".split(" "),
);
