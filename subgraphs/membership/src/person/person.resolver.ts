import { checkPersonTaxCode } from "@coopgraph/ids";
import {
  badInput,
  checked,
  conflict,
  forbidden,
  isoDate,
  isUniqueViolation,
  isUuid,
  notFound,
  paginateLoaded,
  requiredText,
  requireIdentity,
  today,
  type ConnectionResult,
} from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MembershipContext } from "../context";
import type { CooperativeRow, PersonRow } from "../db";
import { canSeePeople } from "../cooperative/cooperative.access";
import { cooperativeById } from "../cooperative/cooperative.loaders";
import { Cooperative } from "../cooperative/cooperative.type";
import { AddPersonInput, EndPersonInput, PersonFilter } from "./person.inputs";
import { peopleByCooperative, personById, stillThere, workforceByCooperative } from "./person.loaders";
import { leavingRefusal, monthRange, volunteerCapRefusal, type MemberCounts } from "./person.rules";
import { Person, PersonConnection, Workforce } from "./person.type";

const OPEN_STATUSES = ["APPLICANT", "ACTIVE", "SUSPENDED"];

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person; null when absent or not visible to you." })
  @Authorized()
  async person(@Ctx() ctx: MembershipContext, @Arg("id", () => ID) id: string): Promise<PersonRow | null> {
    return visiblePerson(ctx, await personById(ctx).load(id));
  }

  @FieldResolver(() => Cooperative)
  async cooperative(@Root() person: PersonRow, @Ctx() ctx: MembershipContext): Promise<CooperativeRow> {
    return (await cooperativeById(ctx).load(person.cooperativeId))!;
  }

  @Mutation(() => Person, { description: "Adds a person to a cooperative. Staff for any cooperative, a manager for their own." })
  @Authorized("ADMIN", "COOP_MANAGER")
  async addPerson(@Ctx() ctx: MembershipContext, @Arg("input") input: AddPersonInput): Promise<PersonRow> {
    const identity = requireIdentity(ctx);
    if (identity.role === "COOP_MANAGER" && identity.coopId !== input.cooperativeId) {
      throw forbidden("a cooperative manager adds people to their own cooperative only");
    }
    const firstName = requiredText("input.firstName", input.firstName, 100);
    const lastName = requiredText("input.lastName", input.lastName, 100);
    const taxCode = checked("input.taxCode", input.taxCode, checkPersonTaxCode);
    try {
      return await ctx.db.$transaction(async (tx) => {
        // Lock the cooperative: concurrent additions count members one after the other (art. 2 cap).
        const locked = isUuid(input.cooperativeId)
          ? await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM "Cooperative" WHERE id = ${input.cooperativeId}::uuid FOR UPDATE`
          : [];
        if (locked.length === 0) throw notFound("cooperative", input.cooperativeId);
        if (!OPEN_STATUSES.includes(locked[0].status)) throw conflict(`people cannot be added to a ${locked[0].status} cooperative`);
        const refusal = volunteerCapRefusal(await memberCounts(tx, input.cooperativeId), input.role);
        if (refusal) throw conflict(refusal, { field: "input.role" });
        return tx.person.create({
          data: { cooperativeId: input.cooperativeId, firstName, lastName, taxCode, role: input.role, startDate: input.startDate },
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("this person (codice fiscale) is already recorded in this cooperative", { field: "input.taxCode" });
      throw error;
    }
  }

  @Mutation(() => Person, { description: "Records that a person leaves their cooperative (the record stays, with its end date)." })
  @Authorized("ADMIN", "COOP_MANAGER")
  async endPerson(@Ctx() ctx: MembershipContext, @Arg("input") input: EndPersonInput): Promise<PersonRow> {
    const identity = requireIdentity(ctx);
    return ctx.db.$transaction(async (tx) => {
      const person = isUuid(input.personId) ? await tx.person.findUnique({ where: { id: input.personId } }) : null;
      // A manager sees, and so ends, only their own cooperative's people; anyone else's is not found.
      if (!person || !canSeePeople(identity, person.cooperativeId)) throw notFound("person", input.personId);
      if (input.endDate < person.startDate) throw badInput("input.endDate", `a person cannot leave before they joined (${isoDate(person.startDate)})`);
      // The same lock as addPerson: the art. 2 count and this change happen one after the other.
      await tx.$queryRaw`SELECT 1 FROM "Cooperative" WHERE id = ${person.cooperativeId}::uuid FOR UPDATE`;
      const ended = await tx.person.updateMany({ where: { id: person.id, endDate: null }, data: { endDate: input.endDate } });
      if (ended.count === 0) throw conflict("this person has already left", { field: "input.personId" });
      const refusal = leavingRefusal(await memberCounts(tx, person.cooperativeId, person.id), person.role);
      if (refusal) throw conflict(refusal, { field: "input.personId" });
      return tx.person.findUniqueOrThrow({ where: { id: person.id } });
    });
  }
}

type Tx = Parameters<Parameters<MembershipContext["db"]["$transaction"]>[0]>[0];

/** Worker and volunteer members who have not left today, counted for the art. 2 cap. */
async function memberCounts(tx: Tx, cooperativeId: string, leaving?: string): Promise<MemberCounts> {
  const counts = await tx.person.groupBy({
    by: ["role"],
    where: { cooperativeId, ...stillThere(today()), ...(leaving ? { id: { not: leaving } } : {}) },
    _count: { _all: true },
  });
  const count = (role: string) => counts.find((c) => c.role === role)?._count._all ?? 0;
  return { workerMembers: count("WORKER_MEMBER"), volunteerMembers: count("VOLUNTEER_MEMBER") };
}

@Resolver(() => Cooperative)
export class CooperativePeopleResolver {
  @FieldResolver(() => PersonConnection, { nullable: true, description: "The cooperative's people, by name; null when you may not see them." })
  async people(
    @Root() coop: CooperativeRow,
    @Ctx() ctx: MembershipContext,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20 }) first: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Arg("filter", () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ): Promise<ConnectionResult<PersonRow> | null> {
    if (!canSeePeople(ctx.identity, coop.id)) return null;
    return paginateLoaded(await peopleByCooperative(ctx, { role: filter?.role, current: filter?.current }).load(coop.id), { first, after });
  }

  @FieldResolver(() => Workforce, {
    nullable: true,
    description: "Its workforce in a month (YYYY-MM), by headcount; null when you may not see its people.",
  })
  async workforce(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext, @Arg("month") month: string): Promise<Workforce | null> {
    const range = monthRange(month);
    if (!range) throw badInput("month", "a month is written YYYY-MM, e.g. 2026-03");
    if (!canSeePeople(ctx.identity, coop.id)) return null;
    return workforceByCooperative(ctx, month, range).load(coop.id);
  }
}

function visiblePerson(ctx: MembershipContext, person: PersonRow | null): PersonRow | null {
  return person && canSeePeople(ctx.identity, person.cooperativeId) ? person : null;
}

export async function resolvePersonReference(ref: { id: string }, ctx: MembershipContext): Promise<PersonRow | null> {
  return visiblePerson(ctx, await personById(ctx).load(ref.id));
}
