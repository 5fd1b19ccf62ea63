import { execute, isUuid, today, unconfirmed } from "@coopgraph/kit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import { Cooperative } from "../cooperative/cooperative.type";
import { courseById } from "../course/course.loaders";
import { Course } from "../course/course.type";
import type { CourseRow, EnrolmentRow, EnrolmentStatusChangeRow } from "../db";
import { Person } from "../person/person.type";
import { visibleEnrolment } from "./enrolment.access";
import { cancelEnrolment, enrol } from "./enrolment.commands";
import { CancelEnrolmentInput, EnrolInput } from "./enrolment.inputs";
import { enrolmentById, statusChangesByEnrolment, waitingListByCourse } from "./enrolment.loaders";
import { waitingListPosition } from "./enrolment.rules";
import { Enrolment, EnrolmentStatusChange } from "./enrolment.type";

@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => Enrolment, { nullable: true, description: "An enrolment; null when absent or not visible to you (staff, or the manager of the person's cooperative)." })
  @Authorized()
  async enrolment(@Ctx() ctx: TrainingContext, @Arg("id", () => ID) id: string): Promise<EnrolmentRow | null> {
    return visibleEnrolment(ctx.identity, await enrolmentById(ctx).load(id));
  }

  @FieldResolver(() => Course)
  async course(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<CourseRow> {
    return (await courseById(ctx).load(enrolment.courseId))!;
  }

  @FieldResolver(() => Person, { description: "The person enrolled (resolved by membership)." })
  person(@Root() enrolment: EnrolmentRow): Person {
    return { id: enrolment.personId };
  }

  @FieldResolver(() => Cooperative, { description: "The person's cooperative when they were enrolled (resolved by membership)." })
  cooperative(@Root() enrolment: EnrolmentRow): Cooperative {
    return { id: enrolment.cooperativeId };
  }

  @FieldResolver(() => Int, { nullable: true, description: "Place on the waiting list, 1 being next to get a seat; null unless WAITLISTED." })
  async waitingListPosition(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<number | null> {
    if (enrolment.status !== "WAITLISTED") return null;
    return waitingListPosition(enrolment.id, await waitingListByCourse(ctx).load(enrolment.courseId));
  }

  @FieldResolver(() => [EnrolmentStatusChange], { description: "Every status change, oldest first." })
  statusHistory(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<EnrolmentStatusChangeRow[]> {
    return statusChangesByEnrolment(ctx).load(enrolment.id);
  }

  @Mutation(() => Enrolment, {
    description:
      "Enrols a person of a member cooperative: ENROLLED while seats last, else WAITLISTED in order of request. Membership confirms the person is a current person of an ACTIVE member; if it cannot answer, nothing is written. Staff for anyone; a manager for their own cooperative's people.",
  })
  @Authorized("ADMIN", "COOP_MANAGER")
  async enrol(@Ctx() ctx: TrainingContext, @Arg("input") input: EnrolInput): Promise<EnrolmentRow> {
    // Membership's facts, asked before any write: if it cannot answer, nothing is written.
    const personId = input.personId.toLowerCase();
    const purpose = "that the person belongs to an active member cooperative";
    const person = isUuid(personId) ? await ctx.membership.person(personId, purpose) : null;
    let region = "";
    if (person) {
      const coop = (await ctx.membership.cooperatives([person.cooperative.id], today(), purpose)).get(person.cooperative.id);
      if (!coop) throw unconfirmed({ owner: "membership", purpose }, `it did not return the cooperative ${person.cooperative.id}`);
      region = coop.region;
    }
    // Enrolments of one course wait for each other's lock: allow for a queue of them.
    return execute(ctx, enrol, { courseId: input.courseId, person, region, today: today() }, { maxWait: 20_000, timeout: 20_000 });
  }

  @Mutation(() => Enrolment, {
    description: "Cancels an enrolment; a freed seat goes to the first on the waiting list in the same step. Staff, or the manager of the person's cooperative.",
  })
  @Authorized("ADMIN", "COOP_MANAGER")
  async cancelEnrolment(@Ctx() ctx: TrainingContext, @Arg("input") input: CancelEnrolmentInput): Promise<EnrolmentRow> {
    const { cancelled } = await execute(ctx, cancelEnrolment, { enrolmentId: input.enrolmentId, reason: input.reason, today: today() }, { maxWait: 20_000, timeout: 20_000 });
    return cancelled;
  }
}

export async function resolveEnrolmentReference(ref: { id: string }, ctx: TrainingContext): Promise<EnrolmentRow | null> {
  return visibleEnrolment(ctx.identity, await enrolmentById(ctx).load(ref.id));
}
