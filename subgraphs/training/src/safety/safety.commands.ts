import { forbidden } from "@coopgraph/kit";
import type { TrainingCommand } from "../context";
import type { SafetyRiskAssessmentRow, SafetyRiskLevel } from "../db";
import { canManageTrainingOf } from "../enrolment/enrolment.access";

export interface RiskLevelInput {
  /** Confirmed a member cooperative by membership just before. */
  cooperativeId: string;
  riskLevel: SafetyRiskLevel;
  effectiveFrom: Date;
}

/** Records a cooperative's risk class; earlier ones stay as its history. */
export const recordSafetyRiskLevel: TrainingCommand<RiskLevelInput, SafetyRiskAssessmentRow> = async (tx, caller, input) => {
  if (!canManageTrainingOf(caller, input.cooperativeId)) throw forbidden("a cooperative manager records their own cooperative's risk class only");
  return tx.safetyRiskAssessment.create({ data: { ...input, recordedBy: caller.sub } });
};
