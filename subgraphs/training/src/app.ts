import { membershipClient } from "@coopgraph/clients";
import { defineSubgraph, stubReference } from "@coopgraph/kit";
import path from "node:path";
import { AttendanceResolver, EnrolmentAttendanceResolver } from "./attendance/attendance.resolver";
import { CertificateResolver, EnrolmentCertificateResolver } from "./certificate/certificate.resolver";
import { CooperativeTrainingResolver } from "./cooperative/cooperative.resolver";
import { CourseResolver, resolveCourseReference } from "./course/course.resolver";
import { PrismaClient } from "./db";
import { EnrolmentResolver, resolveEnrolmentReference } from "./enrolment/enrolment.resolver";
import { PersonTrainingResolver } from "./person/person.resolver";
import { SafetyResolver } from "./safety/safety.resolver";
import { seedTraining } from "./seed";
import { StatsResolver } from "./stats/stats.resolver";

/**
 * Training: courses and their funding, enrolments with a fair waiting list, attendance,
 * certificates and mandatory safety training. It asks membership whether a person may be enrolled.
 */
export const subgraph = defineSubgraph({
  name: "training",
  dir: path.join(__dirname, ".."),
  PrismaClient,
  resolvers: [
    CourseResolver,
    EnrolmentResolver,
    AttendanceResolver,
    EnrolmentAttendanceResolver,
    CertificateResolver,
    EnrolmentCertificateResolver,
    PersonTrainingResolver,
    CooperativeTrainingResolver,
    SafetyResolver,
    StatsResolver,
  ],
  references: {
    Course: resolveCourseReference,
    Enrolment: resolveEnrolmentReference,
    Person: stubReference,
    Cooperative: stubReference,
  },
  seed: seedTraining,
  clients: ({ ask }) => ({ membership: membershipClient(ask) }),
});

/** For tests and other subgraphs' demo data. */
export { seedTraining } from "./seed";
export type { PrismaClient } from "./db";
