import { Public, RateScalar } from "@coopgraph/kit";
import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { MembershipContext } from "../context";
import { CooperativeType } from "../db";
import { currentCompliance } from "./compliance.loaders";
import type { Compliance } from "./compliance.rules";

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

  @Field(() => RateScalar, { description: "socialCooperatives / members, four decimals." })
  @Public()
  ratio!: string;

  @Field(() => RateScalar, { description: "The least share the law requires, from dated configuration." })
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
