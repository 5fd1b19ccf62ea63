import { join, type Sql, sqltag as sql } from "@prisma/client/runtime/client";

/** Ids as a SQL list of uuids, for `"column" IN (${uuidList(ids)})` in a raw query; give it a non-empty list of uuids. */
export function uuidList(ids: readonly string[]): Sql {
  return join(ids.map((id) => sql`${id}::uuid`));
}
