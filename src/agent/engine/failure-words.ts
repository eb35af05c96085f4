type Lang = "zh" | "en";

/**
 * Plain words for why a task could not be quoted or paid, by error code, in each language. Services
 * explain failures in English for developers; these are what a user reads. The Chinese reads after
 * a subject ("「拿铁」余额不足"), the English after "failed:" or "couldn't get a quote:".
 */
const FAILURE_WORDS: Record<string, [zh: string, en: string]> = {
  payment_declined: ["支付被银行拒绝", "the payment was declined"],
  insufficient_balance: ["余额不足", "there isn't enough balance"],
  out_of_stock: ["商品刚刚卖完了", "the item just sold out"],
  quote_expired: ["报价已过期", "the quote expired"],
  service_unavailable: ["服务暂时不可用", "the service is unavailable"],
  timeout: ["服务响应超时", "the service timed out"],
  merchant_closed: ["商家已打烊", "the shop is closed"],
  merchant_rejected: ["商家拒单了", "the merchant rejected the order"],
  too_far: ["超出了配送范围", "it is too far to deliver"],
  invalid_option: ["所选规格不可用", "an option is not available"],
  coupon_unavailable: ["优惠券不可用", "the coupon can't be used"],
  coupon_not_applicable: ["优惠券不适用", "the coupon doesn't apply"],
  coupon_not_stackable: ["优惠券不能叠加", "the coupons can't be combined"],
  seat_unavailable: ["座位刚被别人选走了", "the seats were just taken"],
  sales_closed: ["已停止售票", "ticket sales have closed"],
  hold_expired: ["座位保留已过期", "the seat hold expired"],
  no_driver: ["附近暂时没有司机", "no driver is available nearby"],
  not_found: ["没有找到", "it was not found"],
  invalid_argument: ["信息不完整", "some details are missing"],
  pin_invalid: ["支付密码不对", "the PIN was wrong"],
  pin_locked: ["支付密码已锁定", "the PIN is locked"],
  mandate_invalid: ["支付授权无效", "the payment authorization is invalid"],
  mandate_revoked: ["支付授权已撤销", "the payment authorization was revoked"],
  authorization_expired: ["支付授权已过期", "the payment authorization expired"],
  rejected: ["被拒绝了", "it was turned down"],
  // After-sale (issue 16): why a claim, dispute or ticket refund cannot be filed.
  claim_window_closed: [
    "已经过了售后申请期限（送达后 24 小时内）",
    "the claim window (24 h after delivery) has passed",
  ],
  claim_exists: ["这一项已经申请过售后了", "that was already claimed"],
  amount_exceeds_line: ["申请金额超过了这件商品实付的钱", "the amount is more than was paid for that item"],
  amount_exceeds_order: ["申请金额超过了这一单实付的钱", "the amount is more than was paid for the order"],
  claim_not_open: [
    "订单还没送达，送达后才能申请售后",
    "the order hasn't been delivered yet, so claims aren't open",
  ],
  not_refundable: [
    "这一单不是通过钱包支付的，无法原路退款",
    "that order wasn't paid through the wallet, so it can't be refunded",
  ],
  nothing_to_claim: ["这件商品没有实付金额", "nothing was paid for that item"],
  dispute_not_open: ["行程还没结束，结束后才能申诉", "the trip hasn't finished, so it can't be disputed yet"],
  dispute_window_closed: ["已经过了行程申诉期限", "the dispute window for that trip has passed"],
  no_refund_due: ["按这场演出的退票规则现在不能退款", "the event's refund rule gives nothing back now"],
  booking_not_refundable: ["这张票已经退过或取消了", "that booking was already refunded or cancelled"],
  cancellation_closed: ["演出已经开始，不能退票了", "the show has started, so tickets can't be refunded"],
  invalid_photo: ["上传的不是有效图片", "the upload isn't a valid image"],
  photo_too_large: ["照片太大了（最多 2 MB）", "the photo is too large (2 MB at most)"],
};

const FALLBACK: Record<Lang, string> = { zh: "服务暂时不可用", en: "the service is unavailable" };

/** Why a task failed, in plain words of `lang`; a code with no words of its own gets a general reason. */
export function failureWords(code: string | undefined, lang: Lang): string {
  const words = code ? FAILURE_WORDS[code] : undefined;
  if (!words) return FALLBACK[lang];
  return lang === "zh" ? words[0] : words[1];
}

/** Whether the code has words of its own (else the service's own message may say more, in English). */
export function hasFailureWords(code: string | undefined): boolean {
  return code !== undefined && code in FAILURE_WORDS;
}
