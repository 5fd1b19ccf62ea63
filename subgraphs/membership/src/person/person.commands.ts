import { badInput, conflict, isoDate, isUuid, notFound, onDuplicate, today } from "@coopgraph/kit";
import { canSeePeople } from "../cooperative/cooperative.access";
import type { MembershipCommand, MembershipTransaction } from "../context";
import type { PersonRole, PersonRow, PrismaClient } from "../db";
import { stillThere } from "./person.loaders";
import { leavingRefusal, type MemberCounts, volunteerCapRefusal } from "./person.rules";

const OPEN_STATUSES = ["APPLICANT", "ACTIVE", "SUSPENDED"];

export interface NewPerson {
  cooperativeId: string;
  firstName: string;
  lastName: string;
  /** A valid codice fiscale, normalised. */
  taxCode: string;
  role: PersonRole;
  startDate: Date;
}

/** Adds a person to a cooperative that is open, within the art. 2 cap on volunteer members. */
export const addPerson: MembershipCommand<NewPerson, PersonRow> = onDuplicate<PrismaClient, NewPerson, PersonRow>(
  async (tx, _caller, person) => {
    // Lock the cooperative: concurrent additions count members one after the other (art. 2 cap).
    const locked = isUuid(person.cooperativeId)
      ? await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cooperative" WHERE id = ${person.cooperativeId}::uuid FOR UPDATE`
      : [];
    if (locked.length === 0) throw notFound("cooperative", person.cooperativeId);
    if (!OPEN_STATUSES.includes(locked[0].status)) throw conflict(`people cannot be added to a ${locked[0].status} cooperative`);
    const refusal = volunteerCapRefusal(await memberCounts(tx, person.cooperativeId), person.role);
    if (refusal) throw conflict(refusal, { field: "input.role" });
    return tx.person.create({ data: person });
  },
  () => conflict("this person (codice fiscale) is already recorded in this cooperative", { field: "input.taxCode" }),
);

export interface Departure {
  personId: string;
  endDate: Date;
}

/** Records that a person leaves (the record stays, with its end date), within the art. 2 cap. */
export const endPerson: MembershipCommand<Departure, PersonRow> = async (tx, caller, input) => {
  const person = isUuid(input.personId) ? await tx.person.findUnique({ where: { id: input.personId } }) : null;
  // A manager sees, and so ends, only their own cooperative's people; anyone else's is not found.
  if (!person || !canSeePeople(caller, person.cooperativeId)) throw notFound("person", input.personId);
  if (input.endDate < person.startDate) throw badInput("input.endDate", `a person cannot leave before they joined (${isoDate(person.startDate)})`);
  // The same lock as addPerson: the art. 2 count and this change happen one after the other.
  await tx.$queryRaw`SELECT 1 FROM "Cooperative" WHERE id = ${person.cooperativeId}::uuid FOR UPDATE`;
  const ended = await tx.person.updateMany({ where: { id: person.id, endDate: null }, data: { endDate: input.endDate } });
  if (ended.count === 0) throw conflict("this person has already left", { field: "input.personId" });
  const refusal = leavingRefusal(await memberCounts(tx, person.cooperativeId, person.id), person.role);
  if (refusal) throw conflict(refusal, { field: "input.personId" });
  return tx.person.findUniqueOrThrow({ where: { id: person.id } });
};

/** Worker and volunteer members who have not left today, counted for the art. 2 cap. */
async function memberCounts(tx: MembershipTransaction, cooperativeId: string, leaving?: string): Promise<MemberCounts> {
  const counts = await tx.person.groupBy({
    by: ["role"],
    where: { cooperativeId, ...stillThere(today()), ...(leaving ? { id: { not: leaving } } : {}) },
    _count: { _all: true },
  });
  const count = (role: string) => counts.find((c) => c.role === role)?._count._all ?? 0;
  return { workerMembers: count("WORKER_MEMBER"), volunteerMembers: count("VOLUNTEER_MEMBER") };
}
