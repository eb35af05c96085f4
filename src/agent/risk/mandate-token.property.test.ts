import { generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyId } from "./keys.ts";
import {
  checkClaims,
  decodeMandate,
  type MandateClaims,
  signatureValid,
  signMandate,
} from "./mandate-token.ts";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const other = generateKeyPairSync("ed25519");
const kid = keyId(publicKey);

const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,30}$/);
const claimsArbitrary: fc.Arbitrary<MandateClaims> = fc.record({
  v: fc.constant(1 as const),
  mandateId: id,
  userId: id,
  taskId: id,
  cartHash: fc.stringMatching(/^sha256:[0-9a-f]{64}$/),
  reference: id,
  payee: id.map((name) => `merchant:${name}`),
  amountFen: fc.integer({ min: 1, max: 5_000_000 }),
  currency: fc.constant("CNY" as const),
  issuedAt: fc.integer({ min: 0, max: 2 ** 42 }),
  expiresAt: fc.integer({ min: 0, max: 2 ** 42 }),
});

const exactCheck = (claims: MandateClaims) => ({
  userId: claims.userId,
  amountFen: claims.amountFen,
  reference: claims.reference,
});

describe("mandate tokens (properties)", () => {
  it("round-trip: a signed mandate decodes to the same claims and verifies with the server's key only", () => {
    fc.assert(
      fc.property(claimsArbitrary, (claims) => {
        const decoded = decodeMandate(signMandate(claims, kid, privateKey));
        expect(decoded.claims).toEqual(claims);
        expect(decoded.kid).toBe(kid);
        expect(signatureValid(decoded, publicKey)).toBe(true);
        expect(signatureValid(decoded, other.publicKey)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("a mandate authorizes exactly its user, amount and reference until it expires", () => {
    fc.assert(
      fc.property(claimsArbitrary, fc.integer({ min: 0, max: 2 ** 42 }), (claims, now) => {
        const attempt = () => checkClaims(claims, exactCheck(claims), now);
        if (now <= claims.expiresAt) expect(attempt).not.toThrow();
        else expect(attempt).toThrow(expect.objectContaining({ code: "mandate_expired" }));
      }),
      { numRuns: 300 },
    );
  });

  it("any other amount, user or reference is refused with its own code", () => {
    fc.assert(
      fc.property(
        claimsArbitrary,
        fc.integer({ min: 1, max: 5_000_000 }),
        id,
        fc.constantFrom("amountFen", "userId", "reference"),
        (claims, otherAmount, otherId, field) => {
          const check = { ...exactCheck(claims) };
          if (field === "amountFen") check.amountFen = otherAmount;
          else check[field] = otherId;
          fc.pre(JSON.stringify(check) !== JSON.stringify(exactCheck(claims)));
          const code = {
            amountFen: "mandate_amount_mismatch",
            userId: "mandate_user_mismatch",
            reference: "mandate_reference_mismatch",
          }[field];
          expect(() => checkClaims(claims, check, claims.issuedAt)).toThrow(
            expect.objectContaining({ code }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("changing any character of a token makes it malformed or its signature invalid", () => {
    fc.assert(
      fc.property(
        claimsArbitrary,
        fc.nat(),
        fc.constantFrom(..."ABCxyz019-_"),
        (claims, position, character) => {
          const token = signMandate(claims, kid, privateKey);
          const index = position % token.length;
          fc.pre(token[index] !== character && token[index] !== ".");
          const tampered = token.slice(0, index) + character + token.slice(index + 1);
          let valid = false;
          try {
            const decoded = decodeMandate(tampered);
            valid =
              signatureValid(decoded, publicKey) && JSON.stringify(decoded.claims) === JSON.stringify(claims);
          } catch (error) {
            expect(error).toMatchObject({ code: "mandate_malformed" });
          }
          // Base64url's last character can carry unused bits; a change there may decode to the same bytes.
          if (valid)
            expect(decodeMandate(tampered).signature.equals(decodeMandate(token).signature)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no token at all is mandate_missing, never an accepted payment", () => {
    expect(() => decodeMandate(undefined)).toThrow(expect.objectContaining({ code: "mandate_missing" }));
    expect(() => decodeMandate("")).toThrow(expect.objectContaining({ code: "mandate_missing" }));
  });
});
