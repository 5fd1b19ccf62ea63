import { badInput, conflict, foundById, isoDate, isUuid, notFound, onDuplicate, today } from "@coopgraph/kit";
import { currentCompliance } from "../compliance/compliance.loaders";
import type { MembershipCommand, MembershipTransaction } from "../context";
import type { CooperativeRow, CooperativeStatus, PrismaClient, ShareCapitalEntryKind } from "../db";
import type { MembershipDecision } from "./cooperative.inputs";
import { MAY_APPLY_AGAIN, SOCIAL_TYPES, transitionRefusal, type ValidApplication } from "./cooperative.rules";

/**
 * Records an application: the cooperative starts (or, after a rejection or leaving, starts again
 * under its own record and history) as APPLICANT.
 */
export const applyForMembership: MembershipCommand<ValidApplication, CooperativeRow> = onDuplicate<PrismaClient, ValidApplication, CooperativeRow>(
  async (tx, caller, application) => {
    const { requestedShareCapital, ...data } = application;
    const previous = await tx.cooperative.findUnique({ where: { taxCode: data.taxCode } });
    if (previous && !MAY_APPLY_AGAIN.includes(previous.status)) throw duplicate("input.taxCode");
    if (data.alboNumber && (await tx.cooperative.count({ where: { alboNumber: data.alboNumber, NOT: { taxCode: data.taxCode } } }))) {
      throw duplicate("input.alboNumber");
    }
    let coop: CooperativeRow;
    if (previous) {
      const moved = await tx.cooperative.updateMany({ where: { id: previous.id, status: previous.status }, data: { ...data, status: "APPLICANT" } });
      if (moved.count === 0) throw conflict("the cooperative's status changed meanwhile; read it again");
      coop = await tx.cooperative.findUniqueOrThrow({ where: { id: previous.id } });
    } else {
      coop = await tx.cooperative.create({ data: { ...data, status: "APPLICANT" } });
    }
    await tx.membershipApplication.create({ data: { cooperativeId: coop.id, submittedBy: caller.sub, requestedShareCapital } });
    await tx.statusChange.create({
      data: {
        cooperativeId: coop.id,
        fromStatus: previous?.status ?? null,
        toStatus: "APPLICANT",
        reason: previous ? "new application" : "application received",
        effectiveDate: today(),
        changedBy: caller.sub,
      },
    });
    return coop;
  },
  // A concurrent application took the code between the check and the insert.
  async (db, application) => duplicate((await duplicateField(db, application)) ?? "input.taxCode"),
);

export interface MembershipResolution {
  cooperativeId: string;
  decision: MembershipDecision;
  resolutionNumber: string;
  resolutionDate: Date;
  reason: string | null;
}

/** The board's resolution on the latest application: ADMIT makes the cooperative ACTIVE and subscribes its share capital. */
export const decideMembershipApplication: MembershipCommand<MembershipResolution, CooperativeRow> = async (tx, caller, input) => {
  const toStatus = input.decision === "ADMIT" ? "ACTIVE" : "REJECTED";
  const application = isUuid(input.cooperativeId)
    ? await tx.membershipApplication.findFirst({ where: { cooperativeId: input.cooperativeId }, orderBy: { submittedAt: "desc" } })
    : null;
  if (!application) throw notFound("application of cooperative", input.cooperativeId);
  if (application.decision) throw conflict("this application has already been decided");
  if (input.resolutionDate < today(application.submittedAt)) throw badInput("input.resolutionDate", "the resolution cannot precede the application");
  const moved = await tx.cooperative.updateMany({
    where: { id: input.cooperativeId, status: "APPLICANT" },
    data: {
      status: toStatus,
      ...(toStatus === "ACTIVE" ? { admissionDate: input.resolutionDate, shareCapitalSubscribed: { increment: application.requestedShareCapital } } : {}),
    },
  });
  if (moved.count === 0) throw conflict("this application has already been decided");
  if (toStatus === "ACTIVE") await refuseBelowSocialShare(tx, input.cooperativeId);
  await tx.membershipApplication.update({
    where: { id: application.id },
    data: { decision: input.decision, resolutionNumber: input.resolutionNumber, resolutionDate: input.resolutionDate, decidedBy: caller.sub, decidedAt: new Date() },
  });
  await tx.statusChange.create({
    data: {
      cooperativeId: input.cooperativeId,
      fromStatus: "APPLICANT",
      toStatus,
      reason: input.reason,
      resolutionNumber: input.resolutionNumber,
      effectiveDate: input.resolutionDate,
      changedBy: caller.sub,
    },
  });
  if (toStatus === "ACTIVE") {
    await tx.shareCapitalEntry.create({
      data: { cooperativeId: input.cooperativeId, kind: "SUBSCRIPTION", amount: application.requestedShareCapital, date: input.resolutionDate, recordedBy: caller.sub },
    });
  }
  return tx.cooperative.findUniqueOrThrow({ where: { id: input.cooperativeId } });
};

export interface StatusChangeRequest {
  cooperativeId: string;
  status: CooperativeStatus;
  reason: string;
  effectiveDate: Date;
  resolutionNumber: string | null;
}

/** Suspends, reinstates, or records the withdrawal (recesso) or exclusion (esclusione) of a member. */
export const changeCooperativeStatus: MembershipCommand<StatusChangeRequest, CooperativeRow> = async (tx, caller, input) => {
  const coop = await foundById("cooperative", input.cooperativeId, (id) => tx.cooperative.findUnique({ where: { id } }));
  const last = await tx.statusChange.findFirst({ where: { cooperativeId: coop.id }, orderBy: [{ effectiveDate: "desc" }] });
  if (last && input.effectiveDate < last.effectiveDate) {
    throw badInput("input.effectiveDate", `the last change took effect on ${isoDate(last.effectiveDate)}; this one cannot take effect before it`);
  }
  const refusal = transitionRefusal(coop.status, input.status);
  if (refusal) throw conflict(refusal, { field: "input.status" });
  // Conditional on the status just read: of two concurrent changes, the second finds it moved.
  const moved = await tx.cooperative.updateMany({ where: { id: coop.id, status: coop.status }, data: { status: input.status } });
  if (moved.count === 0) throw conflict("the cooperative's status changed meanwhile; read it again");
  await tx.statusChange.create({
    data: {
      cooperativeId: coop.id,
      fromStatus: coop.status,
      toStatus: input.status,
      reason: input.reason,
      resolutionNumber: input.resolutionNumber,
      effectiveDate: input.effectiveDate,
      changedBy: caller.sub,
    },
  });
  return tx.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
};

export interface ShareCapitalMovement {
  cooperativeId: string;
  kind: ShareCapitalEntryKind;
  /** A positive amount, as an exact decimal string. */
  amount: string;
  date: Date;
}

/** The largest value of a numeric(14,2) column. */
const LARGEST_AMOUNT = "999999999999.99";

/** A subscription of share capital, or a payment of it; payments never exceed what is subscribed. */
export const recordShareCapital: MembershipCommand<ShareCapitalMovement, CooperativeRow> = async (tx, caller, input) => {
  const coop = await foundById("cooperative", input.cooperativeId, (id) => tx.cooperative.findUnique({ where: { id } }));
  if (coop.status !== "ACTIVE" && coop.status !== "SUSPENDED") throw conflict(`share capital is recorded for members; this cooperative is ${coop.status}`);
  const { amount } = input;
  // One conditional UPDATE: concurrent payments can never take paid above subscribed.
  // A subscription stays within the numeric(14,2) column: beyond it PostgreSQL would fail the whole write.
  const updated =
    input.kind === "SUBSCRIPTION"
      ? await tx.$executeRaw`UPDATE "Cooperative" SET "shareCapitalSubscribed" = "shareCapitalSubscribed" + ${amount}::numeric, "updatedAt" = now() WHERE id = ${coop.id}::uuid AND "shareCapitalSubscribed" + ${amount}::numeric <= ${LARGEST_AMOUNT}::numeric`
      : await tx.$executeRaw`UPDATE "Cooperative" SET "shareCapitalPaid" = "shareCapitalPaid" + ${amount}::numeric, "updatedAt" = now() WHERE id = ${coop.id}::uuid AND "shareCapitalPaid" + ${amount}::numeric <= "shareCapitalSubscribed"`;
  if (updated === 0) {
    throw badInput(
      "input.amount",
      input.kind === "SUBSCRIPTION"
        ? `the subscribed capital would exceed ${LARGEST_AMOUNT}, the largest amount recorded`
        : "this payment would exceed the share capital still to be paid",
    );
  }
  await tx.shareCapitalEntry.create({ data: { cooperativeId: coop.id, kind: input.kind, amount, date: input.date, recordedBy: caller.sub } });
  return tx.cooperative.findUniqueOrThrow({ where: { id: coop.id } });
};

/** Which unique code of an application is already held by a member or applicant, if any. */
async function duplicateField(db: Pick<PrismaClient, "cooperative">, data: { taxCode: string; alboNumber: string | null }): Promise<string | null> {
  const holder = await db.cooperative.findFirst({
    where: { OR: [{ taxCode: data.taxCode }, ...(data.alboNumber ? [{ alboNumber: data.alboNumber }] : [])] },
    select: { taxCode: true },
  });
  if (!holder) return null;
  return holder.taxCode === data.taxCode ? "input.taxCode" : "input.alboNumber";
}

function duplicate(field: string) {
  return conflict(`a member or applicant with this ${field === "input.taxCode" ? "tax code" : "Albo number"} already exists`, { field });
}

/**
 * Law 381/1991 art. 8: admitting a member that is not a social cooperative must not take the
 * consortium below the least share of social cooperatives. Admissions take one lock so that two
 * of them cannot each see room for one.
 */
async function refuseBelowSocialShare(tx: MembershipTransaction, admittedId: string): Promise<void> {
  // The one lock every admission takes: its key is an arbitrary constant (381/1991, art. 8).
  await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(3811991008)`;
  const after = await currentCompliance(tx);
  const admitted = await tx.cooperative.findUniqueOrThrow({ where: { id: admittedId }, select: { type: true } });
  if (!after.compliant && !SOCIAL_TYPES.includes(admitted.type)) {
    throw conflict(
      `admitting it would leave ${after.socialCooperatives} social cooperatives among ${after.members} members (${after.ratio}); Law 381/1991 art. 8 requires at least ${after.threshold}`,
      { field: "input.decision" },
    );
  }
}
