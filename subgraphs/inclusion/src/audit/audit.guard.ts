import { forbidden } from "@coopgraph/kit";
import type { GraphQLResolveInfo } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import type { InclusionContext } from "../context";
import type { AuditedRecordType } from "../db";
import { canReadPlacementsOf } from "../placement/placement.access";
import type { AuditRead } from "./audit.commands";
import { recordRead } from "./audit.loaders";

/** The record a sensitive object belongs to, and the cooperative whose placements it is part of. */
export interface SensitiveRecord {
  recordType: AuditedRecordType;
  recordId: string;
  cooperativeId: string;
}

/** Where a record sits in the answer: the path of the field being read, without the field itself. */
export function recordPath(path: GraphQLResolveInfo["path"]): string {
  const keys: (string | number)[] = [];
  for (let at: GraphQLResolveInfo["path"] | undefined = path.prev; at; at = at.prev) keys.unshift(at.key);
  return keys.join(".");
}

/** The audit read of a field being resolved. */
export function readAt(info: GraphQLResolveInfo, record: Pick<SensitiveRecord, "recordType" | "recordId">): AuditRead {
  return {
    recordType: record.recordType,
    recordId: record.recordId,
    path: recordPath(info.path),
    operationType: info.operation.operation,
    operationName: info.operation.name?.value ?? null,
  };
}

/**
 * Guards every field of a special-category type (placements, plans, their reviews), whatever path
 * reached the object (a query, an entity extension, `_entities`, a mutation's answer): the caller
 * must be allowed to read that cooperative's placements, and the read is recorded in the audit
 * log before the value is returned (no audit record, no data). Resolvers filter what callers may
 * see; this is the line no forgotten check can cross.
 */
export function sensitive<T>(recordOf: (root: T) => SensitiveRecord): MiddlewareFn<InclusionContext> {
  return async ({ root, context, info }, next) => {
    const record = recordOf(root as T);
    if (!canReadPlacementsOf(context.identity, record.cooperativeId))
      throw forbidden("work placements are readable by the consortium's staff, inclusion operators and the cooperative's own manager only");
    await recordRead(context, readAt(info, record));
    return next();
  };
}

/** Every field of a Placement. */
export const PlacementRead = sensitive<{ id: string; cooperativeId: string }>((placement) => ({
  recordType: "PLACEMENT",
  recordId: placement.id,
  cooperativeId: placement.cooperativeId,
}));

/** Every field of an individual plan (it carries its placement's cooperative). */
export const PlanRead = sensitive<{ id: string; cooperativeId: string }>((plan) => ({ recordType: "PLAN", recordId: plan.id, cooperativeId: plan.cooperativeId }));

/** Every field of a plan's review: reading it is reading the plan. */
export const PlanReviewRead = sensitive<{ planId: string; cooperativeId: string }>((review) => ({
  recordType: "PLAN",
  recordId: review.planId,
  cooperativeId: review.cooperativeId,
}));

/** The audit read of a write's answer: the entity at the mutation's own field. */
export function answerRead(info: GraphQLResolveInfo): Omit<AuditRead, "recordId" | "recordType"> {
  return { path: String(info.path.key), operationType: info.operation.operation, operationName: info.operation.name?.value ?? null };
}
