import { type KeyObject, sign, verify } from "node:crypto";
import { z } from "zod";
import type { MandateCheck } from "../../kernel/context.ts";
import { DimpleError, type ErrorCode } from "../../kernel/errors.ts";

/**
 * What a payment mandate says (after AP2's cart/payment mandates): this user agreed, on the trusted
 * surface, to pay exactly `amountFen` to `payee` for the quote `reference` whose canonical hash is
 * `cartHash`, until `expiresAt`.
 */
export const MandateClaims = z.object({
  v: z.literal(1),
  mandateId: z.string().min(1).max(40),
  userId: z.string().min(1).max(40),
  taskId: z.string().min(1).max(40),
  cartHash: z.string().min(1).max(80),
  reference: z.string().min(1).max(80),
  payee: z.string().min(1).max(80),
  amountFen: z.number().int().positive(),
  currency: z.literal("CNY"),
  issuedAt: z.number().int(),
  expiresAt: z.number().int(),
});
export type MandateClaims = z.output<typeof MandateClaims>;

const Header = z.object({
  alg: z.literal("EdDSA"),
  typ: z.string().max(40),
  kid: z.string().max(40),
});

/** A token split into its parts; the signature is not checked yet. */
export interface DecodedToken<Claims> {
  kid: string;
  claims: Claims;
  signingInput: string;
  signature: Buffer;
}

export type DecodedMandate = DecodedToken<MandateClaims>;

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** Signs claims as a compact JWS (`header.payload.signature`, base64url, Ed25519) of the given type. */
export function signCompact(claims: unknown, typ: string, kid: string, privateKey: KeyObject): string {
  const header = base64url(JSON.stringify({ alg: "EdDSA", typ, kid }));
  const payload = base64url(JSON.stringify(claims));
  const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey);
  return `${header}.${payload}.${base64url(signature)}`;
}

/** Signs the claims of a payment mandate. */
export function signMandate(claims: MandateClaims, kid: string, privateKey: KeyObject): string {
  return signCompact(claims, "dimple-mandate", kid, privateKey);
}

const refuse = (code: ErrorCode, message: string) =>
  new DimpleError(code, message, { status: 403, field: "mandate" });

/** Parses a token's parts; anything that is not a well-formed mandate is `mandate_malformed`. */
export function decodeMandate(token: string | undefined): DecodedMandate {
  if (!token) throw refuse("mandate_missing", "no payment mandate: the user has not confirmed this payment");
  return decodeCompact(token, "dimple-mandate", MandateClaims);
}

/**
 * Parses a compact token of type `typ` whose claims `schema` accepts; anything else is
 * `mandate_malformed`. The signature is not checked here (see `signatureValid`).
 */
export function decodeCompact<Claims>(
  token: string,
  typ: string,
  schema: z.ZodType<Claims>,
): DecodedToken<Claims> {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part)))
    throw refuse("mandate_malformed", "the payment mandate is not a well-formed token");
  const [header, payload, signature] = parts as [string, string, string];
  const parse = (part: string) => {
    try {
      return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
    } catch {
      return undefined;
    }
  };
  const parsedHeader = Header.safeParse(parse(header));
  const parsedClaims = schema.safeParse(parse(payload));
  if (!parsedHeader.success || parsedHeader.data.typ !== typ || !parsedClaims.success)
    throw refuse("mandate_malformed", "the payment mandate is not a well-formed token");
  return {
    kid: parsedHeader.data.kid,
    claims: parsedClaims.data,
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, "base64url"),
  };
}

/** Whether the token's signature was made by this public key. */
export function signatureValid(decoded: DecodedToken<unknown>, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(decoded.signingInput), publicKey, decoded.signature);
  } catch {
    return false;
  }
}

/**
 * The rules a signed mandate must meet for one payment: the same user, exactly the amount, exactly
 * the reference, not expired. Throws the first broken rule as a DimpleError with a clear code.
 */
export function checkClaims(claims: MandateClaims, check: MandateCheck, now: number): void {
  if (claims.userId !== check.userId)
    throw refuse("mandate_user_mismatch", "the payment mandate belongs to another user");
  if (claims.amountFen !== check.amountFen)
    throw refuse(
      "mandate_amount_mismatch",
      `the payment mandate covers ${claims.amountFen} fen, not ${check.amountFen} fen`,
    );
  if (claims.reference !== check.reference)
    throw refuse("mandate_reference_mismatch", "the payment mandate was given for another quote");
  if (claims.expiresAt < now)
    throw refuse("mandate_expired", "the payment mandate expired; confirm a fresh quote");
}
