import type { Identity } from "@coopgraph/identity";
import { type ConnectionResult, PageArgs, paginateLoaded } from "@coopgraph/kit";
import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { certificatesByPerson } from "../certificate/certificate.loaders";
import { CertificateConnection } from "../certificate/certificate.type";
import type { TrainingContext } from "../context";
import type { CertificateRow, EnrolmentRow } from "../db";
import { canSeeEnrolmentsOf, readsEnrolments } from "../enrolment/enrolment.access";
import { EnrolmentFilter } from "../enrolment/enrolment.inputs";
import { enrolmentsByPerson } from "../enrolment/enrolment.loaders";
import { EnrolmentConnection } from "../enrolment/enrolment.type";
import { Person } from "./person.type";

/**
 * A person's training records, for staff and for the manager of the person's cooperative: every
 * row carries the cooperative the person belonged to when enrolled (a person belongs to one).
 */
function visibleRecords<T extends { cooperativeId: string }>(identity: Identity | null, rows: T[]): T[] | null {
  if (!readsEnrolments(identity)) return null;
  return rows.every((row) => canSeeEnrolmentsOf(identity, row.cooperativeId)) ? rows : null;
}

/** Training's fields of membership's Person. */
@Resolver(() => Person)
export class PersonTrainingResolver {
  @FieldResolver(() => EnrolmentConnection, { nullable: true, description: "Their enrolments, newest request first; null when you may not see them." })
  async enrolments(
    @Root() person: Person,
    @Ctx() ctx: TrainingContext,
    @Args() page: PageArgs,
    @Arg("filter", () => EnrolmentFilter, { nullable: true }) filter?: EnrolmentFilter,
  ): Promise<ConnectionResult<EnrolmentRow> | null> {
    const rows = visibleRecords(ctx.identity, await enrolmentsByPerson(ctx, filter?.status).load(person.id));
    return rows && paginateLoaded(rows, page);
  }

  @FieldResolver(() => CertificateConnection, { nullable: true, description: "Their certificates, newest first; null when you may not see them." })
  async certificates(@Root() person: Person, @Ctx() ctx: TrainingContext, @Args() page: PageArgs): Promise<ConnectionResult<CertificateRow> | null> {
    const rows = visibleRecords(ctx.identity, await certificatesByPerson(ctx).load(person.id));
    return rows && paginateLoaded(rows, page);
  }
}
