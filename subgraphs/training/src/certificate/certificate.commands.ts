import type { Identity } from "@coopgraph/identity";
import type { Tx } from "../context";
import type { CertificateRow, CourseRow, EnrolmentRow } from "../db";
import { formatHours } from "../hours";
import { certificateNumber } from "./certificate.rules";

/**
 * Issues an enrolment's certificate inside the caller's transaction. Its number is the next of
 * the year from CertificateCounter: the upsert locks the year's row until the transaction ends,
 * so concurrent issues take turns, and a transaction that rolls back gives its number back (no
 * gaps). The certificate is unique per enrolment.
 */
export async function issueCertificate(tx: Tx, caller: Identity, input: { enrolment: EnrolmentRow; course: CourseRow; attended: bigint; on: Date }): Promise<CertificateRow> {
  const year = input.on.getUTCFullYear();
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "CertificateCounter" ("year", "last") VALUES (${year}::int, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "CertificateCounter"."last" + 1
    RETURNING "last"`;
  return tx.certificate.create({
    data: {
      enrolmentId: input.enrolment.id,
      number: certificateNumber(year, last),
      year,
      sequence: last,
      issuedOn: input.on,
      hours: formatHours(input.attended),
      courseId: input.course.id,
      personId: input.enrolment.personId,
      cooperativeId: input.enrolment.cooperativeId,
      safetyTraining: input.course.safetyTraining,
      issuedBy: caller.sub,
    },
  });
}
