/**
 * After-sale strings (claims, disputes, ticket refunds), kept in their own table and spread into
 * the app's dictionary like the dashboard's.
 */
export const afterSaleEn = {
  "task.kind.after_sale": "After-sale",
  "card.claim": "Claim",
  "card.claimAmount": "Back to you",
  "card.claimConfirm": "File claim · {total} back",
  "card.claimConfirmNoMoney": "Send report",
  "card.claimNothingCharged": "Nothing is charged: approved money goes back to the original payment method.",
  "afterSale.label": "Claim",
  "afterSale.asked": "Claimed",
  "afterSale.refunded": "Refunded",
  "afterSale.decision": "Decision",
  "afterSale.decidesAt": "Decision by {time}",
  "afterSale.status.under_review": "Under review",
  "afterSale.status.approved": "Approved",
  "afterSale.status.refunded": "Refunded",
  "afterSale.status.rejected": "Turned down",
  "afterSale.step.filed": "Claim filed",
  "afterSale.step.under_review": "Platform reviewing",
  "afterSale.step.approved": "Approved",
  "afterSale.step.rejected": "Turned down",
  "afterSale.step.refunded": "Money back on your payment method",
};

export const afterSaleZh: Record<keyof typeof afterSaleEn, string> = {
  "task.kind.after_sale": "售后",
  "card.claim": "售后申请",
  "card.claimAmount": "退回金额",
  "card.claimConfirm": "确认提交 · 退 {total}",
  "card.claimConfirmNoMoney": "确认提交",
  "card.claimNothingCharged": "不扣任何钱：通过后原路退回支付方式。",
  "afterSale.label": "售后",
  "afterSale.asked": "申请金额",
  "afterSale.refunded": "已退款",
  "afterSale.decision": "处理结果",
  "afterSale.decidesAt": "{time} 前出结果",
  "afterSale.status.under_review": "审核中",
  "afterSale.status.approved": "已同意",
  "afterSale.status.refunded": "已退款",
  "afterSale.status.rejected": "已驳回",
  "afterSale.step.filed": "已提交申请",
  "afterSale.step.under_review": "平台审核中",
  "afterSale.step.approved": "已同意",
  "afterSale.step.rejected": "已驳回",
  "afterSale.step.refunded": "已原路退款",
};
