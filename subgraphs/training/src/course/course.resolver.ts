import { type ConnectionResult, DecimalScalar, execute, PageArgs, paginate, paginateLoaded, Public, today } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import type { CourseRow, CourseSessionRow, EnrolmentRow, Prisma } from "../db";
import { onlyVisible, readsEnrolments } from "../enrolment/enrolment.access";
import { EnrolmentFilter } from "../enrolment/enrolment.inputs";
import { enrolmentsByCourse, waitingListByCourse } from "../enrolment/enrolment.loaders";
import { EnrolmentConnection } from "../enrolment/enrolment.type";
import { formatHours } from "../hours";
import { createCourse } from "./course.commands";
import { CourseFilter, CreateCourseInput } from "./course.inputs";
import { courseById, sessionsByCourse } from "./course.loaders";
import { requiredHours, validateCourse } from "./course.rules";
import { Course, CourseConnection, CourseSession } from "./course.type";

function whereOf(filter: CourseFilter | undefined, day: Date): Prisma.CourseWhereInput[] {
  if (!filter) return [];
  return [
    filter.area?.length ? { area: { in: filter.area } } : {},
    filter.fundingSource?.length ? { fundingSource: { in: filter.fundingSource } } : {},
    filter.safetyTraining?.length ? { safetyTraining: { in: filter.safetyTraining } } : {},
    filter.startsFrom ? { startDate: { gte: filter.startsFrom } } : {},
    filter.startsTo ? { startDate: { lte: filter.startsTo } } : {},
    filter.open === true ? { endDate: { gte: day } } : filter.open === false ? { endDate: { lt: day } } : {},
  ];
}

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => CourseConnection, { description: "The course catalogue, by start date (then id)." })
  @Authorized()
  @Public()
  async courses(
    @Ctx() ctx: TrainingContext,
    @Args() page: PageArgs,
    @Arg("filter", () => CourseFilter, { nullable: true }) filter?: CourseFilter,
  ): Promise<ConnectionResult<CourseRow>> {
    const where: Prisma.CourseWhereInput = { AND: whereOf(filter, today()) };
    const result = await paginate(
      page,
      (p) => ctx.db.course.findMany({ where, orderBy: [{ startDate: "asc" }, { id: "asc" }], ...p }),
      () => ctx.db.course.count({ where }),
    );
    for (const course of result.nodes) courseById(ctx).prime(course.id, course);
    return result;
  }

  @Query(() => Course, { nullable: true, description: "A course; null when absent." })
  @Authorized()
  @Public()
  course(@Ctx() ctx: TrainingContext, @Arg("id", () => ID) id: string): Promise<CourseRow | null> {
    return courseById(ctx).load(id);
  }

  @FieldResolver(() => [CourseSession], { description: "Its sessions in date order." })
  @Public()
  sessions(@Root() course: CourseRow, @Ctx() ctx: TrainingContext): Promise<CourseSessionRow[]> {
    return sessionsByCourse(ctx).load(course.id);
  }

  @FieldResolver(() => Int, { description: "Seats still free." })
  @Public()
  seatsLeft(@Root() course: CourseRow): number {
    return course.seats - course.seatsTaken;
  }

  @FieldResolver(() => Int, { description: "How many people wait for a seat." })
  @Public()
  async waitingListLength(@Root() course: CourseRow, @Ctx() ctx: TrainingContext): Promise<number> {
    return (await waitingListByCourse(ctx).load(course.id)).length;
  }

  @FieldResolver(() => DecimalScalar, { description: "Hours a participant must attend for the certificate: the threshold's share of the hours, rounded up to the hundredth." })
  @Public()
  requiredHours(@Root() course: CourseRow): string {
    return formatHours(requiredHours(course));
  }

  @FieldResolver(() => EnrolmentConnection, {
    nullable: true,
    description: "Its enrolments in request order: all for staff, their own people's for a cooperative's manager; null for anyone else.",
  })
  async enrolments(
    @Root() course: CourseRow,
    @Ctx() ctx: TrainingContext,
    @Args() page: PageArgs,
    @Arg("filter", () => EnrolmentFilter, { nullable: true }) filter?: EnrolmentFilter,
  ): Promise<ConnectionResult<EnrolmentRow> | null> {
    if (!readsEnrolments(ctx.identity)) return null;
    return paginateLoaded(onlyVisible(ctx.identity, await enrolmentsByCourse(ctx, filter?.status).load(course.id)), page);
  }

  @Mutation(() => Course, { description: "Adds a course with its sessions to the catalogue. Staff only." })
  @Authorized("ADMIN")
  createCourse(@Ctx() ctx: TrainingContext, @Arg("input") input: CreateCourseInput): Promise<CourseRow> {
    return execute(ctx, createCourse, validateCourse(input));
  }
}

export function resolveCourseReference(ref: { id: string }, ctx: TrainingContext): Promise<CourseRow | null> {
  return courseById(ctx).load(ref.id);
}
