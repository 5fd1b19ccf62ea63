import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { InclusionContext } from "../context";
import type { PlacementRow } from "../db";
import { canReadPlacementsOf, placementScope } from "../placement/placement.access";
import { placementsByPerson } from "../placement/placement.loaders";
import { Placement } from "../placement/placement.type";
import { Person } from "./person.type";

/** Inclusion's field of membership's Person: their work placements. */
@Resolver(() => Person)
export class PersonPlacementsResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description: "The person's work placements, newest first; null unless you may read placements. Every placement read is audited.",
  })
  async placements(@Root() person: Person, @Ctx() ctx: InclusionContext): Promise<PlacementRow[] | null> {
    if (!placementScope(ctx.identity)) return null;
    const placements = await placementsByPerson(ctx).load(person.id);
    return placements.filter((placement) => canReadPlacementsOf(ctx.identity, placement.cooperativeId));
  }
}
