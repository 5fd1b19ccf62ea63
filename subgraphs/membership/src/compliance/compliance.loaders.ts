import { today } from "@coopgraph/kit";
import { MEMBER_STATUSES } from "../cooperative/cooperative.rules";
import type { MembershipContext } from "../context";
import { socialCooperativeMinimumShare } from "../settings";
import { type Compliance, consortiumCompliance } from "./compliance.rules";

/** The art. 8 indicator over the members as they are now (in `db`, which may be a transaction). */
export async function currentCompliance(db: Pick<MembershipContext["db"], "cooperative">): Promise<Compliance> {
  const groups = await db.cooperative.groupBy({ by: ["type"], where: { status: { in: [...MEMBER_STATUSES] } }, _count: { _all: true } });
  return consortiumCompliance(
    groups.map((g) => ({ type: g.type, count: g._count._all })),
    socialCooperativeMinimumShare.at(today()),
  );
}
