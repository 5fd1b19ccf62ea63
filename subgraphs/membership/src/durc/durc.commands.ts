import { foundById } from "@coopgraph/kit";
import type { MembershipCommand } from "../context";
import type { CooperativeRow } from "../db";
import { durcValidUntil } from "./durc.rules";

export interface DurcCertificate {
  cooperativeId: string;
  /** Checked by the caller: not in the future, and within the dated rules on validity. */
  issueDate: Date;
  protocolNumber: string | null;
}

/** Records a DURC issued to a cooperative; its validity follows from the issue date. */
export const recordDurc: MembershipCommand<DurcCertificate, CooperativeRow> = async (tx, caller, input) => {
  const coop = await foundById("cooperative", input.cooperativeId, (id) => tx.cooperative.findUnique({ where: { id } }));
  await tx.durc.create({
    data: { cooperativeId: coop.id, issueDate: input.issueDate, validUntil: durcValidUntil(input.issueDate), protocolNumber: input.protocolNumber, recordedBy: caller.sub },
  });
  return coop;
};
