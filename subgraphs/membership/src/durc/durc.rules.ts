import { durcValidityDays } from "../settings";

const DAY_MS = 86_400_000;

/** Last day a DURC issued on `issueDate` is valid (issue date + the validity period in force then). */
export function durcValidUntil(issueDate: Date): Date {
  return new Date(issueDate.getTime() + durcValidityDays.at(issueDate) * DAY_MS);
}

export interface DurcPeriod {
  issueDate: Date;
  validUntil: Date;
}

/** Whether one of the DURCs covers `on`. */
export function hasValidDurc(durcs: readonly DurcPeriod[], on: Date): boolean {
  return durcs.some((durc) => durc.issueDate.getTime() <= on.getTime() && on.getTime() <= durc.validUntil.getTime());
}

/** The latest day covered by any of the DURCs, or null. */
export function latestValidUntil(durcs: readonly DurcPeriod[]): Date | null {
  return durcs.reduce<Date | null>((latest, durc) => (!latest || durc.validUntil > latest ? durc.validUntil : latest), null);
}
