import { DatedSetting } from "@coopgraph/kit";
import type { SafetyRiskLevel, SafetyTrainingKind } from "./db";

/**
 * Share of a course's hours (percent) a participant must attend for the certificate, when the
 * course does not set its own. Funding notices (Foncoop, FSE+ regional programmes) commonly ask
 * 70-80%; the consortium's training rules take the lower bound.
 */
export const defaultAttendanceThreshold = new DatedSetting<number>("default attendance threshold for a certificate (percent)", [
  { from: "2012-01-01", value: 70, source: "the consortium's training rules (Foncoop and FSE+ notices ask 70-80%)" },
]);

/** What a worker must hold: general and specific training for everyone; first aid and fire warden for those designated. */
export type SafetyRequirement = "GENERAL" | "SPECIFIC" | "FIRST_AID" | "FIRE_WARDEN";

export interface SafetyKindRule {
  /** What a completion of this kind satisfies. */
  requirement: SafetyRequirement;
  /** Minimum hours of a course of this kind. */
  minimumHours: string;
  /** The risk class a specific course covers (a higher one covers the lower ones too). */
  riskLevel?: SafetyRiskLevel;
  /** A refresher renews a requirement already met; it does not meet it the first time. */
  refresher: boolean;
}

export interface SafetyTrainingRules {
  kinds: Record<SafetyTrainingKind, SafetyKindRule>;
  /** Years a completion stays valid, counted from its day (the period in force today applies to every completion); null: it never expires. */
  validityYears: Record<SafetyRequirement, number | null>;
  /** Minimum attendance (percent of hours) for a safety course's certificate. */
  minimumAttendance: number;
  /** Days a new worker has from their start to complete general and specific training. */
  newWorkerDays: number;
}

const WORKERS_2011 = {
  GENERAL: { requirement: "GENERAL", minimumHours: "4", refresher: false },
  SPECIFIC_LOW_RISK: { requirement: "SPECIFIC", minimumHours: "4", riskLevel: "LOW", refresher: false },
  SPECIFIC_MEDIUM_RISK: { requirement: "SPECIFIC", minimumHours: "8", riskLevel: "MEDIUM", refresher: false },
  SPECIFIC_HIGH_RISK: { requirement: "SPECIFIC", minimumHours: "12", riskLevel: "HIGH", refresher: false },
  SPECIFIC_REFRESHER: { requirement: "SPECIFIC", minimumHours: "6", refresher: true },
} as const satisfies Partial<Record<SafetyTrainingKind, SafetyKindRule>>;

/**
 * Mandatory safety training, D.Lgs. 81/2008: workers' general and specific training (art. 37,
 * Accordo Stato-Regioni 21 December 2011, confirmed by the Accordo of 17 April 2025: general 4 h
 * never expires; specific 4/8/12 h by risk class; a 6 h refresher every 5 years; new workers
 * complete it within 60 days; a certificate needs 90% attendance), first aid (art. 45, D.M.
 * 388/2003: groups B and C 12 h, a 4 h refresher every 3 years) and fire wardens (art. 46).
 */
export const safetyTrainingRules = new DatedSetting<SafetyTrainingRules>("mandatory safety training", [
  {
    from: "2012-01-26",
    value: {
      kinds: {
        ...WORKERS_2011,
        FIRST_AID: { requirement: "FIRST_AID", minimumHours: "12", refresher: false },
        FIRST_AID_REFRESHER: { requirement: "FIRST_AID", minimumHours: "4", refresher: true },
        // D.M. 10 March 1998, medium fire risk: 8 h; refreshers every 3 years (VVF circular of 23 February 2011).
        FIRE_WARDEN: { requirement: "FIRE_WARDEN", minimumHours: "8", refresher: false },
        FIRE_WARDEN_REFRESHER: { requirement: "FIRE_WARDEN", minimumHours: "5", refresher: true },
      },
      validityYears: { GENERAL: null, SPECIFIC: 5, FIRST_AID: 3, FIRE_WARDEN: 3 },
      minimumAttendance: 90,
      newWorkerDays: 60,
    },
    source: "Accordo Stato-Regioni 21/12/2011 (rep. 221/CSR); D.M. 388/2003; D.M. 10/03/1998",
  },
  {
    from: "2022-10-04",
    value: {
      kinds: {
        ...WORKERS_2011,
        FIRST_AID: { requirement: "FIRST_AID", minimumHours: "12", refresher: false },
        FIRST_AID_REFRESHER: { requirement: "FIRST_AID", minimumHours: "4", refresher: true },
        // D.M. 2 September 2021, level 2: 8 h course, 5 h refresher at least every 5 years.
        FIRE_WARDEN: { requirement: "FIRE_WARDEN", minimumHours: "8", refresher: false },
        FIRE_WARDEN_REFRESHER: { requirement: "FIRE_WARDEN", minimumHours: "5", refresher: true },
      },
      validityYears: { GENERAL: null, SPECIFIC: 5, FIRST_AID: 3, FIRE_WARDEN: 5 },
      minimumAttendance: 90,
      newWorkerDays: 60,
    },
    source: "Accordo Stato-Regioni 21/12/2011 and 17/04/2025; D.M. 388/2003; D.M. 2/09/2021 (in force 4/10/2022)",
  },
]);
