import { defineTool, type ToolDefinition } from "../../../kernel/tool.ts";
import { previewTicketRefund, requestTicketRefund, TicketRefundInput } from "./refund-request.ts";

/** The ticket platform's after-sale (退票退款) tools. */
export const ticketsAfterSaleTools: ToolDefinition[] = [
  defineTool({
    name: "tickets_preview_refund",
    service: "tickets",
    description:
      "What asking for a refund on a booking would give back now under the event's rule (full before its cut-off, its share after; all when the organiser cancelled or rescheduled).",
    effect: "read",
    input: TicketRefundInput,
    run: (context, input) => previewTicketRefund(context, input),
  }),
  defineTool({
    name: "tickets_request_refund",
    service: "tickets",
    description:
      "Refund a booking (申请退票退款) under the event's rule: the tickets are voided and the refund goes to the original payment, once.",
    effect: "money",
    input: TicketRefundInput,
    run: (context, input) => requestTicketRefund(context, input),
  }),
];
