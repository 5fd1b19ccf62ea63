import { isUuid } from "@coopgraph/kit";
import type { InclusionContext } from "../context";
import { activeBetween } from "../placement/placement.loaders";
import { disadvantagedWorkerShare } from "../settings";
import { inclusionVerdict, monthRange } from "./compliance.rules";
import type { InclusionCompliance } from "./compliance.type";

/**
 * The 30% verdict of each cooperative asked for in `month` (YYYY-MM): one question to membership
 * for the workforce of all of them and one query here for their placements. Null for a
 * cooperative membership does not know. Throws SERVICE_UNAVAILABLE when membership cannot answer.
 */
export function complianceByCooperative(ctx: InclusionContext, month: string) {
  return ctx.loaders.get<string, InclusionCompliance | null>(`complianceByCooperative:${month}`, async (keys) => {
    const range = monthRange(month)!;
    const ids = [...new Set(keys.filter(isUuid).map((id) => id.toLowerCase()))];
    const [workforce, employed] = await Promise.all([
      ctx.membership.workforce(ids, month, `the workforce of the cooperatives in ${month}`),
      ctx.db.placement.findMany({
        where: { cooperativeId: { in: ids }, kind: "EMPLOYMENT", ...activeBetween(range.first, range.last) },
        select: { cooperativeId: true, personId: true },
        distinct: ["cooperativeId", "personId"],
      }),
    ]);
    // The share in force at the end of the month.
    const percent = disadvantagedWorkerShare.at(range.last);
    return keys.map((key) => {
      const id = key.toLowerCase();
      const facts = workforce.get(id);
      if (!facts) return null;
      const disadvantagedWorkers = employed.filter((row) => row.cooperativeId === id).length;
      return { id, month, cooperative: { id }, ...inclusionVerdict({ workers: facts.workers, disadvantagedWorkers }, percent) };
    });
  });
}
