import { checkPersonTaxCode } from "@coopgraph/ids";
import { badInput, checked, type ConnectionResult, execute, forbidden, PageArgs, requiredText, requireIdentity } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MembershipContext } from "../context";
import type { CooperativeRow, PersonRow } from "../db";
import { canSeePeople } from "../cooperative/cooperative.access";
import { cooperativeById } from "../cooperative/cooperative.loaders";
import { Cooperative } from "../cooperative/cooperative.type";
import { AddPersonInput, EndPersonInput, PersonFilter } from "./person.inputs";
import { addPerson, endPerson } from "./person.commands";
import { peoplePages, personById, workforceByCooperative } from "./person.loaders";
import { monthRange } from "./person.rules";
import { Person, PersonConnection, Workforce } from "./person.type";

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
    return execute(ctx, addPerson, {
      cooperativeId: input.cooperativeId,
      firstName: requiredText("input.firstName", input.firstName, 100),
      lastName: requiredText("input.lastName", input.lastName, 100),
      taxCode: checked("input.taxCode", input.taxCode, checkPersonTaxCode),
      role: input.role,
      startDate: input.startDate,
    });
  }

  @Mutation(() => Person, { description: "Records that a person leaves their cooperative (the record stays, with its end date)." })
  @Authorized("ADMIN", "COOP_MANAGER")
  async endPerson(@Ctx() ctx: MembershipContext, @Arg("input") input: EndPersonInput): Promise<PersonRow> {
    return execute(ctx, endPerson, { personId: input.personId, endDate: input.endDate });
  }
}

@Resolver(() => Cooperative)
export class CooperativePeopleResolver {
  @FieldResolver(() => PersonConnection, { nullable: true, description: "The cooperative's people, by name; null when you may not see them." })
  async people(
    @Root() coop: CooperativeRow,
    @Ctx() ctx: MembershipContext,
    @Args() page: PageArgs,
    @Arg("filter", () => PersonFilter, { nullable: true }) filter?: PersonFilter,
  ): Promise<ConnectionResult<PersonRow> | null> {
    if (!canSeePeople(ctx.identity, coop.id)) return null;
    return peoplePages(ctx, page, { role: filter?.role, current: filter?.current }).load(coop.id);
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
