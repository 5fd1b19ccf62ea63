import { requireIdentity, serviceUnavailable } from "@coopgraph/kit";
import type { InclusionContext } from "../context";
import type { AuditedRecordType } from "../db";
import { recordReads, type AuditRead } from "./audit.commands";

/** What each request has read so far, by record: the first read of a record in a request is the one recorded. */
const readsOfRequest = new WeakMap<InclusionContext, Map<string, AuditRead>>();

const keyOf = (recordType: AuditedRecordType, recordId: string) => `${recordType}:${recordId}`;

/**
 * The request's audit trail: a DataLoader keyed by record, so each record read in a request is
 * recorded once, and the records read together (a page of placements) go in one INSERT.
 */
function auditTrail(ctx: InclusionContext) {
  return ctx.loaders.get<string, true>("auditTrail", async (keys) => {
    const caller = requireIdentity(ctx);
    const reads = readsOfRequest.get(ctx)!;
    try {
      await recordReads(ctx.db, caller, { requestId: ctx.requestId, reads: keys.map((key) => reads.get(key)!) });
    } catch {
      // Fail closed: without its audit record, the data is not returned.
      throw serviceUnavailable("the audit log could not record this read, so the record is not shown");
    }
    return keys.map(() => true as const);
  });
}

/** Records a read (once per record per request) and resolves when the audit record is written. */
export function recordRead(ctx: InclusionContext, read: AuditRead): Promise<true> {
  let reads = readsOfRequest.get(ctx);
  if (!reads) readsOfRequest.set(ctx, (reads = new Map()));
  const key = keyOf(read.recordType, read.recordId);
  if (!reads.has(key)) reads.set(key, read);
  return auditTrail(ctx).load(key);
}

/** Marks a record as already recorded in this request (a write recorded its read in its own transaction). */
export function readRecorded(ctx: InclusionContext, read: AuditRead): void {
  let reads = readsOfRequest.get(ctx);
  if (!reads) readsOfRequest.set(ctx, (reads = new Map()));
  const key = keyOf(read.recordType, read.recordId);
  reads.set(key, read);
  auditTrail(ctx).prime(key, true);
}
