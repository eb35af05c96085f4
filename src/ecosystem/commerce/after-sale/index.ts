// After-sale on delivery orders: claim rules (data), claims with photos, decisions and refunds.
export { type ClaimStep, type ClaimView, getClaim, listClaims } from "./claim-view.ts";
export { fileClaim, previewClaim } from "./file-claim.ts";
export { afterSaleMigration, DEFAULT_CLAIM_RULES } from "./migration.ts";
export { type Assessment, assessClaim, linePaidFen } from "./rules.ts";
export {
  CLAIM_KINDS,
  type ClaimKind,
  ClaimLookupInput,
  FileClaimInput,
  ListClaimsInput,
  PreviewClaimInput,
} from "./schemas.ts";
export { nextClaimDueAt, runDueClaims } from "./settle.ts";
export type { CommerceAfterSaleTables } from "./tables.ts";
export { afterSaleTools } from "./tools.ts";
