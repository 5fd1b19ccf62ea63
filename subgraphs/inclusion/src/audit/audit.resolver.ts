import { isUuid, PageArgs, paginate, type ConnectionResult } from "@coopgraph/kit";
import { Arg, Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { InclusionContext } from "../context";
import type { AuditRecordRow, Prisma } from "../db";
import { AuditLogFilter } from "./audit.inputs";
import { AuditRecord, AuditRecordConnection } from "./audit.type";

function whereOf(filter: AuditLogFilter | null | undefined): Prisma.AuditRecordWhereInput {
  if (!filter) return {};
  // An id that is not a uuid names no record: nobody read it.
  if (filter.recordId != null && !isUuid(filter.recordId)) return { id: { in: [] } };
  return {
    ...(filter.recordType ? { recordType: filter.recordType } : {}),
    ...(filter.recordId != null ? { recordId: filter.recordId.toLowerCase() } : {}),
    ...(filter.actorSub != null ? { actorSub: filter.actorSub } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Query(() => AuditRecordConnection, { description: "Every read of a placement or a plan, newest first. The consortium's staff only." })
  @Authorized("ADMIN")
  async auditLog(
    @Ctx() ctx: InclusionContext,
    @Args() page: PageArgs,
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ): Promise<ConnectionResult<AuditRecordRow>> {
    const where = whereOf(filter);
    return paginate(
      page,
      (p) => ctx.db.auditRecord.findMany({ where, orderBy: [{ at: "desc" }, { id: "asc" }], ...p }),
      () => ctx.db.auditRecord.count({ where }),
    );
  }
}
