/**
 * The redaction test set: personal details in Chinese and English as people type them to an
 * assistant, each with the exact redacted text expected. `names` are the people the store knows.
 */
export interface RedactionCase {
  lang: "zh" | "en";
  text: string;
  expected: string;
}

export const KNOWN_NAMES = ["小明", "李华", "Alice Chen", "Bob Miller", "王芳"];

export const REDACTION_CASES: readonly RedactionCase[] = [
  // Phones
  { lang: "zh", text: "我的手机号是13812345678", expected: "我的手机号是<PHONE>" },
  { lang: "zh", text: "打我电话 138-1234-5678 就行", expected: "打我电话 <PHONE> 就行" },
  { lang: "zh", text: "联系电话：+86 139 8765 4321", expected: "联系电话：<PHONE>" },
  { lang: "zh", text: "座机0571-88886666，白天有人", expected: "座机<PHONE>，白天有人" },
  {
    lang: "en",
    text: "call me at 13912345678 when you arrive",
    expected: "call me at <PHONE> when you arrive",
  },
  { lang: "en", text: "my number is +86 158 0000 1111", expected: "my number is <PHONE>" },
  { lang: "en", text: "reach me on (415) 555-0199", expected: "reach me on <PHONE>" },
  { lang: "en", text: "phone 415-555-0199 please", expected: "phone <PHONE> please" },
  // Addresses
  { lang: "zh", text: "送到文三路478号华星时代广场A座12楼", expected: "送到<ADDRESS>" },
  {
    lang: "zh",
    text: "地址是西湖区文一西路969号3幢2单元1203室",
    expected: "地址是<ADDRESS>",
  },
  { lang: "zh", text: "送到翠苑小区5幢1203室", expected: "送到<ADDRESS>" },
  { lang: "zh", text: "放在12栋3单元门口", expected: "放在<ADDRESS>门口" },
  { lang: "zh", text: "我家在滨江区江南大道588号", expected: "我家在<ADDRESS>" },
  { lang: "en", text: "deliver to 221 Baker Street", expected: "deliver to <ADDRESS>" },
  { lang: "en", text: "send it to 12 West Lake Road, Apt 5B", expected: "send it to <ADDRESS>" },
  { lang: "en", text: "I'm in Room 1203 at the hotel", expected: "I'm in <ADDRESS> at the hotel" },
  { lang: "en", text: "my office is 88 Century Avenue", expected: "my office is <ADDRESS>" },
  // Names
  { lang: "zh", text: "我叫张伟，帮我订两张票", expected: "我叫<NAME>，帮我订两张票" },
  { lang: "zh", text: "收件人：陈静，电话13700001111", expected: "收件人：<NAME>，电话<PHONE>" },
  { lang: "zh", text: "给李华转50块", expected: "给<NAME>转50块" },
  { lang: "zh", text: "让王先生下楼拿一下", expected: "让<NAME>下楼拿一下" },
  { lang: "zh", text: "这是给小李的生日礼物", expected: "这是给<NAME>的生日礼物" },
  { lang: "zh", text: "小明想喝拿铁", expected: "<NAME>想喝拿铁" },
  { lang: "zh", text: "帮王芳也点一杯", expected: "帮<NAME>也点一杯" },
  { lang: "en", text: "my name is John Smith", expected: "my name is <NAME>" },
  { lang: "en", text: "send 50 yuan to Bob", expected: "send 50 yuan to <NAME>" },
  { lang: "en", text: "transfer 200 kuai to Carol White", expected: "transfer 200 kuai to <NAME>" },
  { lang: "en", text: "leave it with Mr. Johnson at the desk", expected: "leave it with <NAME> at the desk" },
  { lang: "en", text: "Alice Chen wants a latte", expected: "<NAME> wants a latte" },
  { lang: "en", text: "order one for Alice too", expected: "order one for <NAME> too" },
  // Ids
  { lang: "zh", text: "我的身份证号是330106199001011234", expected: "我的身份证号是<ID>" },
  { lang: "zh", text: "身份证 11010519491231002X 用来取票", expected: "身份证 <ID> 用来取票" },
  { lang: "zh", text: "订单 ord_8f3k2 怎么还没到", expected: "订单 <ID> 怎么还没到" },
  { lang: "en", text: "where is order ord_a1b2c3?", expected: "where is order <ID>?" },
  { lang: "en", text: "my passport number is E12345678", expected: "my passport number is <ID>" },
  { lang: "zh", text: "护照号码G87654321", expected: "护照号码<ID>" },
  {
    lang: "en",
    text: "user u_xiaoming asked for task task_4l94ua3n2rkf",
    expected: "user <ID> asked for task <ID>",
  },
  // Payment details
  { lang: "zh", text: "用卡号6222 0212 3456 7890 123支付", expected: "用卡号<CARD>支付" },
  { lang: "zh", text: "用尾号8848的招商银行卡付", expected: "用尾号<CARD>的招商银行卡付" },
  { lang: "en", text: "pay with my card 4111 1111 1111 1111", expected: "pay with my card <CARD>" },
  { lang: "en", text: "use the card ending in 4242", expected: "use the card ending in <CARD>" },
  { lang: "en", text: "charge 4111-1111-1111-1111 please", expected: "charge <CARD> please" },
  // E-mail and coordinates
  {
    lang: "en",
    text: "email the receipt to alice.chen@example.com",
    expected: "email the receipt to <EMAIL>",
  },
  { lang: "zh", text: "发票发到 lihua_88@qq.com", expected: "发票发到 <EMAIL>" },
  { lang: "en", text: "location 120.087,30.278", expected: "location <GEO>" },
  // Nothing personal: left alone
  {
    lang: "zh",
    text: "帮我点两杯少糖的珍珠奶茶送到公司，40块以内",
    expected: "帮我点两杯少糖的珍珠奶茶送到公司，40块以内",
  },
  { lang: "zh", text: "明天杭州天气怎么样", expected: "明天杭州天气怎么样" },
  { lang: "zh", text: "从家去西湖怎么走，要多久", expected: "从家去西湖怎么走，要多久" },
  {
    lang: "en",
    text: "order two bubble teas, less sugar, under 40 yuan",
    expected: "order two bubble teas, less sugar, under 40 yuan",
  },
  { lang: "en", text: "get me a taxi to West Lake at 3pm", expected: "get me a taxi to West Lake at 3pm" },
  {
    lang: "en",
    text: "buy 6 bottles of water for the office",
    expected: "buy 6 bottles of water for the office",
  },
  { lang: "zh", text: "我要3张周六晚上8点的演唱会门票", expected: "我要3张周六晚上8点的演唱会门票" },
];
