import { byKey, groupByKey, isUuid } from "@coopgraph/kit";
import type { TrainingContext } from "../context";
import type { CertificateRow } from "../db";

export function certificateByEnrolment(ctx: TrainingContext) {
  return ctx.loaders.get<string, CertificateRow | null>("certificateByEnrolment", async (ids) => {
    const rows = await ctx.db.certificate.findMany({ where: { enrolmentId: { in: [...ids] } } });
    return byKey(ids, rows, (row) => row.enrolmentId);
  });
}

/** Each person's certificates, newest first, in one query. */
export function certificatesByPerson(ctx: TrainingContext) {
  return ctx.loaders.get<string, CertificateRow[]>("certificatesByPerson", async (ids) => {
    const rows = await ctx.db.certificate.findMany({
      where: { personId: { in: ids.filter(isUuid) } },
      orderBy: [{ issuedOn: "desc" }, { year: "desc" }, { sequence: "desc" }],
    });
    return groupByKey(ids, rows, (row) => row.personId);
  });
}
