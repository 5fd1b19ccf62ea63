import { empty, join, raw, type Sql, sqltag as sql } from "@prisma/client/runtime/client";
import type DataLoader from "dataloader";
import { type ConnectionResult, type PageArgs, pageQuery, toConnection } from "./connection";
import type { BaseContext } from "./context";
import { isUuid } from "./errors";
import { uuidList } from "./sql";

/** A list of children in the database: `Person` rows under their `cooperativeId`, by name. */
export interface ChildList {
  /** The children's table, as the SQL names it ("Person"). */
  table: string;
  /** The column that holds the parent's id (a uuid). */
  parent: string;
  /** The children's order under one parent; the last column must be unique within a parent. */
  orderBy: readonly (readonly [column: string, direction: "asc" | "desc"])[];
}

export interface ChildPageOptions<Row = unknown> {
  /**
   * Narrows the children, as a condition on the table's columns (`Prisma.sql` of the subgraph's
   * client), e.g. a filter argument or what the caller may see. Columns are written `"column"`.
   */
  where?: Sql;
  /** Names `where` for the loader: the same key must mean the same condition within a request. */
  key?: string;
  /**
   * Called for each parent whose children (under `where`) are all on its page: a loader of all
   * of a parent's children, in the same order, can be primed with them instead of reading them again.
   */
  onComplete?: (parentId: string, children: Row[]) => void;
}

interface RawQueries {
  $queryRaw<T = unknown>(query: Sql): Promise<T>;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoted(name: string): Sql {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a table or column name`);
  return raw(`"${name}"`);
}

/**
 * One page of each parent's children (`Cooperative.people(first, after)` for every cooperative of
 * a list), through a per-request DataLoader: one SQL statement for all the parents asked for at
 * once, which numbers each parent's children in order (`ROW_NUMBER() OVER (PARTITION BY parent)`)
 * and counts them, and returns only the page, one row more to learn whether more follow, and the
 * cursor's own row — never all the children. Cursors and limits are those of `paginate`: an
 * `after` that is not a child of a parent gives that parent an empty page.
 *
 * Rows are the table's columns as raw SQL returns them (Decimal, Date, string for uuids and enums),
 * the same values the Prisma client gives for the model.
 */
export function childPages<Row extends { id: string }>(
  ctx: BaseContext & { db: unknown },
  list: ChildList,
  page: PageArgs,
  options: ChildPageOptions<Row> = {},
): DataLoader<string, ConnectionResult<Row>> {
  const query = pageQuery(page);
  const first = query.take - 1;
  const after = query.cursor?.id ?? null;
  const name = `childPages:${list.table}.${list.parent}:${options.key ?? ""}:${first}:${after ?? ""}`;
  return ctx.loaders.get<string, ConnectionResult<Row>>(name, async (parentIds) => {
    const ids = [...new Set(parentIds.filter(isUuid))];
    const rows = ids.length ? await (ctx.db as RawQueries).$queryRaw<Ranked<Row>[]>(childPageSql(list, ids, query.take, after, options.where)) : [];
    const byParent = new Map<string, Ranked<Row>[]>();
    for (const row of rows) {
      const parent = String((row as Record<string, unknown>)[list.parent]);
      byParent.set(parent, [...(byParent.get(parent) ?? []), row]);
    }
    return parentIds.map((parentId) => {
      const ranked = byParent.get(parentId) ?? [];
      const totalCount = ranked[0]?.__total ?? 0;
      const start = after === null ? 0 : ranked.find((row) => row.id === after)?.__position;
      const children = start === undefined ? [] : ranked.filter((row) => row.__position > start).map(withoutRanking);
      if (after === null && children.length <= first) options.onComplete?.(parentId, children);
      return toConnection(children, first, totalCount);
    });
  });
}

type Ranked<Row> = Row & { __position: number; __total: number };

function withoutRanking<Row>(row: Ranked<Row>): Row {
  const { __position: _position, __total: _total, ...rest } = row;
  return rest as Row;
}

/**
 * The statement: every child of the parents, numbered and counted per parent; then the page
 * (positions after the cursor's, `take` of them), the cursor's row, and for a parent the cursor is
 * not in, its first row: each parent with children returns at least one row, which carries its count.
 */
function childPageSql(list: ChildList, parentIds: string[], take: number, after: string | null, where: Sql | undefined): Sql {
  const table = quoted(list.table);
  const parent = quoted(list.parent);
  const order = join(
    list.orderBy.map(([column, direction]) => sql`c.${quoted(column)} ${raw(direction === "desc" ? "DESC" : "ASC")}`),
    ", ",
  );
  const ranked = sql`
    SELECT c.*,
      (ROW_NUMBER() OVER (PARTITION BY c.${parent} ORDER BY ${order}))::int AS "__position",
      (COUNT(*) OVER (PARTITION BY c.${parent}))::int AS "__total"
    FROM ${table} c
    WHERE c.${parent} IN (${uuidList(parentIds)}) ${where ? sql`AND (${where})` : empty}`;
  if (after === null) {
    return sql`SELECT * FROM (${ranked}) r WHERE r."__position" <= ${take} ORDER BY r.${parent}, r."__position"`;
  }
  return sql`
    WITH ranked AS (${ranked}),
    cursor AS (SELECT ${parent} AS parent, "__position" AS position FROM ranked WHERE id = ${after}::uuid)
    SELECT ranked.* FROM ranked LEFT JOIN cursor ON cursor.parent = ranked.${parent}
    WHERE (cursor.position IS NULL AND ranked."__position" = 1)
       OR (ranked."__position" >= cursor.position AND ranked."__position" <= cursor.position + ${take})
    ORDER BY ranked.${parent}, ranked."__position"`;
}
