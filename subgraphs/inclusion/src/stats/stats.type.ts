import { Public } from "@coopgraph/kit";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { CooperativeType, DisadvantageCategory } from "../db";

registerEnumType(CooperativeType, {
  name: "CooperativeType",
  description: "Law 381/1991 art. 1: A social, health and educational services; B work integration; AB both; CONSORTIUM a member consortium; OTHER a non-social member.",
});

@ObjectType({ description: "One cell of the placement statistics: distinct persons placed in the year in cooperatives of one type in one province, of one category." })
@Public()
export class InclusionStatsCell {
  @Field({ description: "Two-letter province code of the cooperative's seat when the placement started." })
  @Public()
  province!: string;

  @Field(() => CooperativeType, { description: "The cooperative's type when the placement started." })
  @Public()
  cooperativeType!: CooperativeType;

  @Field(() => DisadvantageCategory, { description: "Category of disadvantage (Law 381/1991 art. 4)." })
  @Public()
  category!: DisadvantageCategory;

  @Field(() => Int, { nullable: true, description: "Distinct persons; null when the cell is suppressed." })
  @Public()
  people!: number | null;

  @Field({ description: "True when fewer people than smallestCell are in the cell (none included): its number is not published." })
  @Public()
  suppressed!: boolean;
}

@ObjectType({
  description:
    "Aggregate statistics of work placements (special-category data, GDPR art. 9) for a year: one table of people by province, cooperative type and category, with no totals, every cell under smallestCell people suppressed.",
})
@Public()
export class InclusionStats {
  @Field(() => Int, { description: "The calendar year: persons with a placement active on at least one day of it." })
  @Public()
  year!: number;

  @Field(() => Int, { description: "Cells with fewer people than this are suppressed." })
  @Public()
  smallestCell!: number;

  @Field(() => [InclusionStatsCell], {
    description: "Every category for each province and cooperative type where someone was placed, ordered by province, type and category.",
  })
  @Public()
  cells!: InclusionStatsCell[];
}
