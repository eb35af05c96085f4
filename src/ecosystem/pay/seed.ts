import type { ServiceContext } from "../../kernel/context.ts";
import type { SeededRandom } from "../../kernel/random.ts";
import { DEMO_USERS } from "../world/demo-users.ts";
import { seededWallets } from "../world/seed-users.ts";
import { ensurePlatformAccounts } from "./accounts.ts";
import { type CardOnFile, openUserAccounts } from "./open-accounts.ts";

const BANKS: readonly { zh: string; en: string }[] = [
  { zh: "招商银行", en: "China Merchants Bank" },
  { zh: "工商银行", en: "ICBC" },
  { zh: "建设银行", en: "China Construction Bank" },
  { zh: "中国银行", en: "Bank of China" },
  { zh: "农业银行", en: "Agricultural Bank of China" },
  { zh: "交通银行", en: "Bank of Communications" },
];

// The demo script shows this card for 小明, so it stays fixed whatever the seed.
const FIXED_CARDS: Readonly<Record<string, CardOnFile>> = {
  u_xiaoming: { bankZh: "招商银行", bankEn: "China Merchants Bank", last4: "8848" },
};

/**
 * Seeds a wallet for every user, with the amounts the world decided (`seededWallets`), each funded by
 * a journal from the external funding account so the ledger balances from the first entry; every user
 * also gets a debit card. Demo users pay from their wallet by default, others sometimes by card.
 * `pastSpendFen` is what each user's history will have paid (the world seed pays it next, from the
 * default method): a wallet payer's top-up covers it too, so after the history the wallet holds the
 * amount the world decided.
 */
export async function seedPay(
  context: ServiceContext,
  random: SeededRandom,
  pastSpendFen: ReadonlyMap<string, number> = new Map(),
): Promise<void> {
  await ensurePlatformAccounts(context);
  const demoIds = new Set(DEMO_USERS.map((user) => user.id));
  for (const { userId, walletFen } of await seededWallets(context)) {
    const bank = random.pick(BANKS);
    const card = FIXED_CARDS[userId] ?? {
      bankZh: bank.zh,
      bankEn: bank.en,
      last4: String(random.int(0, 9999)).padStart(4, "0"),
    };
    const defaultMethod = demoIds.has(userId) || random.chance(0.7) ? "wallet" : "card";
    const topUpFen = walletFen + (defaultMethod === "wallet" ? (pastSpendFen.get(userId) ?? 0) : 0);
    await openUserAccounts(context, { userId, walletFen: topUpFen, card, defaultMethod });
  }
}
