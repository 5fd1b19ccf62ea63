import { badInput, checked, positiveAmount, requiredText } from "@coopgraph/kit";
import { checkAlboNumber, checkAteco, checkPartitaIva, checkProvince, regionOfProvince } from "@coopgraph/ids";
import { CooperativeStatus, CooperativeType } from "../db";

/**
 * Status changes a board may make with changeCooperativeStatus. APPLICANT leaves only through
 * decideMembershipApplication; WITHDRAWN, EXCLUDED and REJECTED are final.
 */
export const STATUS_TRANSITIONS: Record<CooperativeStatus, CooperativeStatus[]> = {
  APPLICANT: [],
  ACTIVE: ["SUSPENDED", "WITHDRAWN", "EXCLUDED"],
  SUSPENDED: ["ACTIVE", "WITHDRAWN", "EXCLUDED"],
  WITHDRAWN: [],
  EXCLUDED: [],
  REJECTED: [],
};

/** Why `from -> to` is not allowed now, or null when it is. */
export function transitionRefusal(from: CooperativeStatus, to: CooperativeStatus): string | null {
  const allowed = STATUS_TRANSITIONS[from];
  if (allowed.includes(to)) return null;
  if (from === "APPLICANT") return "an applicant becomes ACTIVE or REJECTED only by decideMembershipApplication";
  if (MAY_APPLY_AGAIN.includes(from)) return `a cooperative that is ${from} can only apply again (applyForMembership)`;
  return `from ${from} a cooperative can move to ${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}, not to ${to}`;
}

/** A body rejected, or no longer a member, may apply again: a new application, decided by the board. */
export const MAY_APPLY_AGAIN: readonly CooperativeStatus[] = ["REJECTED", "WITHDRAWN", "EXCLUDED"];

/** Types that count as social cooperatives for art. 8 (member consortia are consortia of social cooperatives). */
export const SOCIAL_TYPES: readonly CooperativeType[] = ["A", "B", "AB", "CONSORTIUM"];
/** Statuses of a member: an applicant is not one yet; withdrawn, excluded and rejected are not any more. */
export const MEMBER_STATUSES: readonly CooperativeStatus[] = ["ACTIVE", "SUSPENDED"];

export interface ApplicationInput {
  name: string;
  taxCode: string;
  alboNumber?: string | null;
  type: CooperativeType;
  municipality: string;
  province: string;
  atecoCodes: string[];
  email?: string | null;
  requestedShareCapital: string;
}

export interface ValidApplication extends Omit<ApplicationInput, "alboNumber" | "email"> {
  alboNumber: string | null;
  email: string | null;
  region: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** The longest address SMTP delivers to (RFC 5321). */
const MAX_EMAIL_LENGTH = 254;

/** Validates and normalises an application; the first fault is thrown as BAD_USER_INPUT on its field. */
export function validateApplication(input: ApplicationInput): ValidApplication {
  const name = requiredText("input.name", input.name, 200);
  const taxCode = checked("input.taxCode", input.taxCode, checkPartitaIva);
  const isCooperative = input.type !== "OTHER";
  let alboNumber: string | null = null;
  if (input.alboNumber != null && input.alboNumber.trim() !== "") {
    alboNumber = checked("input.alboNumber", input.alboNumber, checkAlboNumber);
  } else if (isCooperative) {
    throw badInput("input.alboNumber", "a cooperative or consortium must give its number in the Albo nazionale delle società cooperative (e.g. A123456)");
  }
  const municipality = requiredText("input.municipality", input.municipality, 100);
  const province = checked("input.province", input.province, checkProvince);
  if (input.atecoCodes.length === 0) throw badInput("input.atecoCodes", "give at least one ATECO activity code");
  const atecoCodes = input.atecoCodes.map((code, i) => checked(`input.atecoCodes.${i}`, code, checkAteco));
  const email = input.email?.trim() ? input.email.trim().toLowerCase() : null;
  if (email && (!EMAIL.test(email) || email.length > MAX_EMAIL_LENGTH)) throw badInput("input.email", "this is not an e-mail address");
  const requestedShareCapital = positiveAmount("input.requestedShareCapital", input.requestedShareCapital);
  return {
    name,
    taxCode,
    alboNumber,
    type: input.type,
    municipality,
    province,
    region: regionOfProvince(province)!,
    atecoCodes: [...new Set(atecoCodes)],
    email,
    requestedShareCapital,
  };
}
