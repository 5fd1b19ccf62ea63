import { DecimalScalar, Public, today } from "@coopgraph/kit";
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { MembershipContext } from "../context";
import { CooperativeType } from "../db";
import { MEMBER_STATUSES } from "../cooperative/cooperative.rules";
import { socialCooperativeMinimumShare } from "../settings";
import { consortiumCompliance, type Compliance } from "./compliance.rules";

@ObjectType({ description: "How many members are of one type." })
@Public()
export class MembersByType {
  @Field(() => CooperativeType, { description: "The type." })
  @Public()
  type!: CooperativeType;

  @Field(() => Int, { description: "Members (ACTIVE and SUSPENDED) of that type." })
  @Public()
  count!: number;
}

@ObjectType({ description: "Law 381/1991 art. 8: at least 70% of the consortium's members must be social cooperatives." })
@Public()
export class ConsortiumCompliance {
  @Field(() => Int, { description: "Members: ACTIVE and SUSPENDED." })
  @Public()
  members!: number;

  @Field(() => Int, { description: "Members of type A, B, AB or CONSORTIUM." })
  @Public()
  socialCooperatives!: number;

  @Field(() => DecimalScalar, { description: "socialCooperatives / members, four decimals." })
  @Public()
  ratio!: string;

  @Field(() => DecimalScalar, { description: "The least share the law requires, from dated configuration." })
  @Public()
  threshold!: string;

  @Field({ description: "True when ratio reaches threshold: the consortium meets art. 8." })
  @Public()
  compliant!: boolean;

  @Field(() => [MembersByType], { description: "Members by type, every type listed." })
  @Public()
  byType!: MembersByType[];
}

@Resolver()
export class ComplianceResolver {
  @Query(() => ConsortiumCompliance, { description: "The consortium's own compliance indicator, today." })
  @Authorized()
  @Public()
  async consortiumCompliance(@Ctx() ctx: MembershipContext): Promise<Compliance> {
    return currentCompliance(ctx.db);
  }
}

/** The art. 8 indicator over the members as they are now (in `db`, which may be a transaction). */
export async function currentCompliance(db: Pick<MembershipContext["db"], "cooperative">): Promise<Compliance> {
  const groups = await db.cooperative.groupBy({ by: ["type"], where: { status: { in: [...MEMBER_STATUSES] } }, _count: { _all: true } });
  return consortiumCompliance(
    groups.map((g) => ({ type: g.type, count: g._count._all })),
    socialCooperativeMinimumShare.at(today()),
  );
}
