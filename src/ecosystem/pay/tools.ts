import { z } from "zod";
import type { ServiceContext } from "../../kernel/context.ts";
import { defineTool, type ToolDefinition } from "../../kernel/tool.ts";
import { requireIntent } from "./intent-store.ts";
import { confirmPaymentIntent, createPaymentIntent } from "./intents.ts";
import { listPaymentMethods } from "./payment-methods.ts";
import { refundPayment } from "./refunds.ts";
import {
  cancelInput,
  captureInput,
  confirmIntentInput,
  createIntentInput,
  refundInput,
  transferInput,
} from "./schemas.ts";
import { cancelPaymentIntent, capturePaymentIntent } from "./settle.ts";
import { transfer } from "./transfer.ts";
import { getWallet, listTransactions } from "./wallet.ts";

const userId = z.string().trim().min(1).max(40).describe("The user's id, e.g. u_xiaoming.");
// Capture, cancel and refund are the merchant side of a payment, which the agent's engine drives by
// intent id alone; when a user id is given the tool also insists the intent is that user's.
const onBehalfOf = {
  userId: userId.optional().describe("The user the intent must belong to; others' intents are not found."),
};

/** When acting for a named user, only that user's intents are visible (someone else's answers 404). */
async function ownIntent(
  context: ServiceContext,
  intentId: string,
  owner: string | undefined,
): Promise<void> {
  if (owner !== undefined) await requireIntent(context, intentId, owner);
}

const getBalance = defineTool({
  name: "pay_get_balance",
  service: "pay",
  description: "Wallet balance (钱包余额): available and on-hold amounts in fen.",
  effect: "read",
  input: z.object({ userId }),
  run: (context, input) => getWallet(context, input.userId),
});

const listMethods = defineTool({
  name: "pay_list_payment_methods",
  service: "pay",
  description: "The user's payment methods (支付方式): wallet balance and bank cards, the default first.",
  effect: "read",
  input: z.object({ userId }),
  run: (context, input) => listPaymentMethods(context, input.userId),
});

const listStatement = defineTool({
  name: "pay_list_transactions",
  service: "pay",
  description: "The user's statement (账单), newest first; netFen < 0 is money spent, > 0 money received.",
  effect: "read",
  input: z.object({
    userId,
    limit: z.number().int().min(1).max(200).optional().describe("How many lines, default 50."),
  }),
  run: (context, input) =>
    listTransactions(context, input.userId, input.limit === undefined ? {} : { limit: input.limit }),
});

const createIntent = defineTool({
  name: "pay_create_intent",
  service: "pay",
  description:
    "Create a payment intent (支付单) for an amount to a payee; nothing is charged until it is confirmed.",
  effect: "money",
  input: createIntentInput,
  run: (context, input) => createPaymentIntent(context, input),
});

const confirmIntent = defineTool({
  name: "pay_confirm_intent",
  service: "pay",
  description:
    "Authorize a payment intent (确认支付) with the user's mandate: the amount is put on hold until captured.",
  effect: "money",
  input: confirmIntentInput,
  run: (context, input) => confirmPaymentIntent(context, input),
});

const capture = defineTool({
  name: "pay_capture",
  service: "pay",
  description: "Capture an authorized intent (扣款), all or part of it; any rest of the hold is released.",
  effect: "money",
  input: captureInput.extend(onBehalfOf),
  run: async (context, input) => {
    await ownIntent(context, input.intentId, input.userId);
    return capturePaymentIntent(context, input);
  },
});

const cancelIntent = defineTool({
  name: "pay_cancel_intent",
  service: "pay",
  description: "Cancel an intent that is not yet captured (取消支付); a hold is released at once.",
  effect: "money",
  input: cancelInput.extend(onBehalfOf),
  run: async (context, input) => {
    await ownIntent(context, input.intentId, input.userId);
    return cancelPaymentIntent(context, input);
  },
});

const refund = defineTool({
  name: "pay_refund",
  service: "pay",
  description: "Refund a captured payment (退款), partly or fully, to the method it was paid with.",
  effect: "money",
  input: refundInput.extend(onBehalfOf),
  run: async (context, input) => {
    await ownIntent(context, input.intentId, input.userId);
    return refundPayment(context, input);
  },
});

const sendMoney = defineTool({
  name: "pay_transfer",
  service: "pay",
  description: "Send money to another user (转账给朋友) from the wallet or a card, with the user's mandate.",
  effect: "money",
  input: transferInput,
  run: (context, input) => transfer(context, input),
});

export const payTools: ToolDefinition[] = [
  getBalance,
  listMethods,
  listStatement,
  createIntent,
  confirmIntent,
  capture,
  cancelIntent,
  refund,
  sendMoney,
];
