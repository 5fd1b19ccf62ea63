import { badInput, DateScalar, execute, notInFuture, optionalText, today } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import type { MembershipContext } from "../context";
import type { CooperativeRow, DurcRow } from "../db";
import { canSeeBusinessRecords } from "../cooperative/cooperative.access";
import { durcsByCooperative } from "../cooperative/cooperative.loaders";
import { Cooperative } from "../cooperative/cooperative.type";
import { durcValidityDays } from "../settings";
import { recordDurc } from "./durc.commands";

@ObjectType({ description: "DURC (documento unico di regolarità contributiva): certificate of regular social-security payments." })
export class Durc {
  @Field(() => DateScalar)
  issueDate!: Date;

  @Field(() => DateScalar, { description: "Last day of validity (issue date + 120 days, D.M. 30/01/2015)." })
  validUntil!: Date;

  @Field(() => String, { nullable: true })
  protocolNumber!: string | null;

  @Field()
  recordedAt!: Date;
}

@InputType()
export class RecordDurcInput {
  @Field(() => ID)
  cooperativeId!: string;

  @Field(() => DateScalar)
  issueDate!: Date;

  @Field(() => String, { nullable: true, description: "INPS/INAIL protocol number of the certificate." })
  protocolNumber?: string | null;
}

@Resolver(() => Cooperative)
export class DurcResolver {
  @FieldResolver(() => [Durc], { nullable: true, description: "DURCs on record, newest first; null when you may not see them." })
  async durcs(@Root() coop: CooperativeRow, @Ctx() ctx: MembershipContext): Promise<DurcRow[] | null> {
    if (!canSeeBusinessRecords(ctx.identity, coop.id)) return null;
    return durcsByCooperative(ctx).load(coop.id);
  }

  @Mutation(() => Cooperative, { description: "Records a DURC issued to a cooperative; its validity follows from the issue date." })
  @Authorized("ADMIN")
  async recordDurc(@Ctx() ctx: MembershipContext, @Arg("input") input: RecordDurcInput): Promise<CooperativeRow> {
    const issueDate = notInFuture("input.issueDate", input.issueDate, today());
    const protocolNumber = optionalText("input.protocolNumber", input.protocolNumber, 50);
    if (!durcValidityDays.covers(issueDate)) {
      throw badInput("input.issueDate", `DURCs are recorded from ${durcValidityDays.firstDay}, when the current rules on their validity began`);
    }
    return execute(ctx, recordDurc, { cooperativeId: input.cooperativeId, issueDate, protocolNumber });
  }
}
