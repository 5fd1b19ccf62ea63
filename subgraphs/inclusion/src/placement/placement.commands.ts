import { conflict, notFound, today, type Command } from "@coopgraph/kit";
import type { AuditRead } from "../audit/audit.commands";
import { recordReads } from "../audit/audit.commands";
import type { CooperativeType, PlacementOutcome, PlacementRow, PrismaClient } from "../db";
import { canManagePlacementsOf } from "./placement.access";
import { endRefusal, type PlacementStart } from "./placement.rules";

/** How a write's answer is read: the audit record of the entity it returns, written in its transaction. */
export interface AnswerRead {
  requestId: string;
  read: Omit<AuditRead, "recordId" | "recordType">;
}

export interface StartPlacementCommand extends AnswerRead {
  start: PlacementStart;
  /** Membership's facts about the cooperative at the start, asked before the transaction. */
  cooperative: { type: CooperativeType; province: string };
}

/**
 * Starts a placement with its individual plan, validated and confirmed by membership beforehand.
 * One open placement per person and cooperative: a second is a CONFLICT (under a race, the
 * partial unique index refuses the second insert).
 */
export const startPlacement: Command<PrismaClient, StartPlacementCommand, PlacementRow> = async (tx, caller, input) => {
  const { start } = input;
  const open = await tx.placement.findFirst({ where: { personId: start.personId, cooperativeId: start.cooperativeId, endDate: null }, select: { id: true } });
  if (open) throw alreadyPlaced();
  const { goals, ...fields } = start;
  const placement = await tx.placement.create({
    data: {
      ...fields,
      cooperativeType: input.cooperative.type,
      province: input.cooperative.province,
      startedBy: caller.sub,
      plan: { create: { goals, createdBy: caller.sub } },
    },
  });
  await recordReads(tx, caller, { requestId: input.requestId, reads: [{ ...input.read, recordType: "PLACEMENT", recordId: placement.id }] });
  return placement;
};

export function alreadyPlaced() {
  return conflict("this person already has a placement in this cooperative that has not ended: end it first", { field: "input.personId" });
}

export interface EndPlacementCommand extends AnswerRead {
  placementId: string;
  endDate: Date;
  outcome: PlacementOutcome;
}

/** Ends a placement once, with its outcome; a placement the caller may not see is NOT_FOUND. */
export const endPlacement: Command<PrismaClient, EndPlacementCommand, PlacementRow> = async (tx, caller, input) => {
  const placement = await tx.placement.findUnique({ where: { id: input.placementId } });
  if (!placement || !canManagePlacementsOf(caller, placement.cooperativeId)) throw notFound("placement", input.placementId);
  const refusal = endRefusal(placement, input.endDate, today());
  if (refusal) throw refusal;
  // Conditional: of two concurrent ends, the second finds it ended.
  const ended = await tx.placement.updateMany({
    where: { id: placement.id, endDate: null },
    data: { endDate: input.endDate, outcome: input.outcome, endedBy: caller.sub, endedAt: new Date() },
  });
  if (ended.count === 0) throw endRefusal(await tx.placement.findUniqueOrThrow({ where: { id: placement.id } }), input.endDate, today())!;
  await recordReads(tx, caller, { requestId: input.requestId, reads: [{ ...input.read, recordType: "PLACEMENT", recordId: placement.id }] });
  return tx.placement.findUniqueOrThrow({ where: { id: placement.id } });
};
