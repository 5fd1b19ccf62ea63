import { DateScalar } from "@coopgraph/kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { TrainingContext } from "../context";
import { courseById } from "../course/course.loaders";
import { Course } from "../course/course.type";
import type { CertificateRow, CourseRow, EnrolmentRow } from "../db";
import { enrolmentById } from "../enrolment/enrolment.loaders";
import { Enrolment } from "../enrolment/enrolment.type";
import { Person } from "../person/person.type";
import { completionValidUntil } from "../safety/safety.rules";
import { certificateByEnrolment } from "./certificate.loaders";
import { Certificate } from "./certificate.type";

@Resolver(() => Certificate)
export class CertificateResolver {
  @FieldResolver(() => Course)
  async course(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext): Promise<CourseRow> {
    return (await courseById(ctx).load(certificate.courseId))!;
  }

  @FieldResolver(() => Person, { description: "Who it was issued to (resolved by membership)." })
  person(@Root() certificate: CertificateRow): Person {
    return { id: certificate.personId };
  }

  @FieldResolver(() => Enrolment)
  async enrolment(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext): Promise<EnrolmentRow> {
    return (await enrolmentById(ctx).load(certificate.enrolmentId))!;
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "For safety training that must be renewed: the last day it is valid." })
  validUntil(@Root() certificate: CertificateRow): Date | null {
    return certificate.safetyTraining ? completionValidUntil(certificate.safetyTraining, certificate.issuedOn) : null;
  }
}

/** An enrolment's certificate, on the enrolment. */
@Resolver(() => Enrolment)
export class EnrolmentCertificateResolver {
  @FieldResolver(() => Certificate, { nullable: true, description: "Its certificate, once attended hours reached the threshold." })
  certificate(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext): Promise<CertificateRow | null> {
    return certificateByEnrolment(ctx).load(enrolment.id);
  }
}
