import { z } from "zod";

/** The kinds of claim a delivery order can get (售后类型). */
export const CLAIM_KINDS = ["spilled", "missing_item", "wrong_item", "quality", "late"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Photos are kept with the claim; 2 MB of image is plenty for a phone snapshot. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const userId = z.string().min(1).max(40).describe("The signed-in user's id / 当前用户 id");

export const ClaimPhotoInput = z.object({
  contentType: z.enum(["image/jpeg", "image/png", "image/webp"]).describe("The photo's MIME type"),
  dataBase64: z
    .string()
    .min(8)
    .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/u, "expected base64")
    .describe("The photo's bytes, base64 (no data: prefix)"),
});

const claimFields = {
  userId,
  orderId: z.string().min(1).max(40).describe("The delivered order the claim is about"),
  kind: z
    .enum(CLAIM_KINDS)
    .describe("spilled 洒漏 | missing_item 少送 | wrong_item 送错 | quality 质量问题 | late 超时"),
  lineIndex: z
    .number()
    .int()
    .min(0)
    .max(50)
    .optional()
    .describe("0-based line of the order the claim is on; omit for the whole order (always for late)"),
  qty: z
    .number()
    .int()
    .min(1)
    .max(99)
    .optional()
    .describe("How many of the line's items are affected (e.g. one burger of two missing); default all"),
  amountFen: z
    .number()
    .int()
    .positive()
    .max(5_000_000)
    .optional()
    .describe("A part of the line or order to claim, in fen; default what was paid for it"),
};

export const PreviewClaimInput = z.object(claimFields);

export const FileClaimInput = z.object({
  ...claimFields,
  reason: z.string().trim().min(1).max(300).describe("What happened, in the user's words"),
  photo: ClaimPhotoInput.optional().describe("Optional photo evidence (凭证照片)"),
  idempotencyKey: z.string().min(1).max(200).optional().describe("Same key, same claim"),
});

export const ClaimLookupInput = z.object({ userId, claimId: z.string().min(1).max(40) });

export const ListClaimsInput = z.object({
  userId,
  orderId: z.string().min(1).max(40).optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export type PreviewClaimRequest = z.input<typeof PreviewClaimInput>;
export type FileClaimRequest = z.input<typeof FileClaimInput>;
