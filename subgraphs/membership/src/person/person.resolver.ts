import { checkPersonTaxCode } from "@coopgraph/ids";
import {
  checked,
  conflict,
  forbidden,
  isUniqueViolation,
  isUuid,
  notFound,
  paginateLoaded,
  requiredText,
  requireIdentity,
  type ConnectionResult,
} from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MembershipContext } from "../context";
import type { CooperativeRow, PersonRow } from "../db";
import { canSeePeople } from "../cooperative/cooperative.access";
import { cooperativeById } from "../cooperative/cooperative.loaders";
import { Cooperative } from "../cooperative/cooperative.type";
import { AddPersonInput, PersonFilter } from "./person.inputs";
import { peopleByCooperative, personById } from "./person.loaders";
import { volunteerCapRefusal } from "./person.rules";
import { Person, PersonConnection } from "./person.type";

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
        const counts = await tx.person.groupBy({
          by: ["role"],
          where: { cooperativeId: input.cooperativeId, endDate: null },
          _count: { _all: true },
        });
        const count = (role: string) => counts.find((c) => c.role === role)?._count._all ?? 0;
        const refusal = volunteerCapRefusal({ workerMembers: count("WORKER_MEMBER"), volunteerMembers: count("VOLUNTEER_MEMBER") }, input.role);
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
    return paginateLoaded(await peopleByCooperative(ctx, filter?.role).load(coop.id), { first, after });
  }
}

function visiblePerson(ctx: MembershipContext, person: PersonRow | null): PersonRow | null {
  return person && canSeePeople(ctx.identity, person.cooperativeId) ? person : null;
}

export async function resolvePersonReference(ref: { id: string }, ctx: MembershipContext): Promise<PersonRow | null> {
  return visiblePerson(ctx, await personById(ctx).load(ref.id));
}
