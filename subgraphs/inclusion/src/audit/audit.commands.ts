import type { Identity } from "@coopgraph/identity";
import type { Command } from "@coopgraph/kit";
import type { AuditedRecordType, PrismaClient } from "../db";

/** One read of a special-category record, as the audit log keeps it. */
export interface AuditRead {
  recordType: AuditedRecordType;
  recordId: string;
  /** Where in the answer, e.g. placements.nodes.3. */
  path: string;
  operationType: string;
  operationName: string | null;
}

/** The rows of the audit log for these reads by `caller` within request `requestId`. */
export function auditRows(caller: Identity, requestId: string, reads: readonly AuditRead[]) {
  return reads.map((read) => ({
    actorSub: caller.sub,
    actorRole: caller.role,
    actorCoopId: caller.coopId ?? null,
    requestId,
    recordType: read.recordType,
    recordId: read.recordId,
    path: read.path,
    operationType: read.operationType,
    operationName: read.operationName,
  }));
}

/** Writes the audit records of reads, in one statement (inside a write's transaction, or alone). */
export const recordReads: Command<PrismaClient, { requestId: string; reads: readonly AuditRead[] }, number> = async (tx, caller, input) => {
  if (input.reads.length === 0) return 0;
  const { count } = await tx.auditRecord.createMany({ data: auditRows(caller, input.requestId, input.reads) });
  return count;
};
