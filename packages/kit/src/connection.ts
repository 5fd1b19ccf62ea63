import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { Public } from "./directives";
import { badInput, isUuid } from "./errors";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Shared by every subgraph, so it is a Federation value type: @shareable and identical everywhere. */
@ObjectType({ description: "Where a page of a list ends and whether more follows." })
@Directive("@shareable")
@Public()
export class PageInfo {
  @Field({ description: "More items follow: ask again with after set to endCursor." })
  @Public()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last item; null when the page is empty." })
  @Public()
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A promise when it is counted only if asked for (`paginate`). */
  totalCount: number | Promise<number>;
}

/**
 * The Relay connection type for a node type: `XConnection { edges { cursor node } nodes pageInfo totalCount }`.
 * `isPublic` tags it for the partner contract, with its node type.
 */
export function Connection<T extends object>(Node: ClassType<T>, options: { isPublic?: boolean } = {}) {
  const tag: PropertyDecorator & ClassDecorator = options.isPublic ? Public() : () => undefined;

  @ObjectType(`${Node.name}Edge`, { description: `A ${Node.name} of a page, with its cursor.` })
  class EdgeType {
    @Field({ description: "Where this item is in the list: pass it as after to continue after it." })
    @tag
    cursor!: string;

    @Field(() => Node, { description: "The item." })
    @tag
    node!: T;
  }
  tag(EdgeType);

  @ObjectType(`${Node.name}Connection`, { description: `A page of ${Node.name} items.` })
  class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType], { description: "The page's items, each with its cursor." })
    @tag
    edges!: EdgeType[];

    @Field(() => [Node], { description: "The page's items." })
    @tag
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where the page ends and whether more follows." })
    @tag
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items match the filter, over all pages." })
    @tag
    totalCount!: number;
  }
  tag(ConnectionType);
  return ConnectionType as ClassType<ConnectionResult<T>>;
}

const CURSOR_PREFIX = "c1:";

export function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id, "utf8").toString("base64url");
}

/** Returns the id a cursor points at, or throws BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string, field = "after"): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const id = decoded.slice(CURSOR_PREFIX.length);
  if (!decoded.startsWith(CURSOR_PREFIX) || !isUuid(id)) throw badInput(field, "this cursor is not one this list gave out");
  return id;
}

/**
 * `first` and `after` of every Relay list: `@Args() page: PageArgs`, then `paginate(page, …)`.
 * Declared `after` first so that a list prints `(filter, after, first = 20)`, as the lists
 * written with one `@Arg` each before it always have (type-graphql prints parameters last first).
 */
@ArgsType()
export class PageArgs {
  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  first?: number | null;
}

/** Validated page arguments as Prisma wants them: take one extra row to learn whether more follows. */
export function pageQuery(args: PageArgs): { take: number; skip?: number; cursor?: { id: string } } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw badInput("first", "first must be zero or a positive whole number");
  if (first > MAX_PAGE_SIZE) throw badInput("first", `first can be at most ${MAX_PAGE_SIZE}; page through longer lists with after`);
  if (args.after) return { take: first + 1, skip: 1, cursor: { id: decodeCursor(args.after) } };
  return { take: first + 1 };
}

/**
 * Runs one page of a list with keyset (cursor) pagination on a unique `id`; `count` runs only
 * when the query reads `totalCount`, so a page that does not show it costs one statement.
 * `find` receives Prisma's take/skip/cursor; order it by a stable order ending in `id`.
 */
export async function paginate<T extends { id: string }>(
  args: PageArgs,
  find: (page: { take: number; skip?: number; cursor?: { id: string } }) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<ConnectionResult<T>> {
  const page = pageQuery(args);
  return toConnection(await find(page), page.take - 1, count);
}

/** What `paginateModel` needs of a Prisma model: findMany and count with the same `where`. */
export interface PageableModel<T, Where, OrderBy> {
  findMany(args: { where?: Where; orderBy?: OrderBy; take?: number; skip?: number; cursor?: { id: string } }): Promise<T[]>;
  count(args: { where?: Where }): Promise<number>;
}

/**
 * A page of one table's rows (`ctx.db.tender`) matching `where`, in `orderBy` (which must end in
 * `id`), with their count: `paginate` for the common case of a root list.
 */
export function paginateModel<T extends { id: string }, Where, OrderBy>(
  page: PageArgs,
  model: PageableModel<T, Where, OrderBy>,
  query: { where?: Where; orderBy: OrderBy },
): Promise<ConnectionResult<T>> {
  return paginate(
    page,
    (rows) => model.findMany({ where: query.where, orderBy: query.orderBy, ...rows }),
    () => model.count({ where: query.where }),
  );
}

/**
 * One page of a list already loaded whole (the children of one parent, batched by a DataLoader
 * for many parents at once), with the same cursors and limits as `paginate`.
 */
export function paginateLoaded<T extends { id: string }>(all: readonly T[], args: PageArgs): ConnectionResult<T> {
  const page = pageQuery(args);
  let start = 0;
  if (page.cursor) {
    const at = all.findIndex((row) => row.id === page.cursor!.id);
    start = at < 0 ? all.length : at + 1;
  }
  return toConnection(all.slice(start, start + page.take), page.take - 1, all.length);
}

/**
 * A page of rows (at most `first`, plus one that says more follow) as a connection. `totalCount`
 * is the count, or a function that counts: called once, the first time `totalCount` is read.
 */
export function toConnection<T extends { id: string }>(rows: readonly T[], first: number, totalCount: number | (() => Promise<number>)): ConnectionResult<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node.id), node }));
  const connection: ConnectionResult<T> = {
    edges,
    nodes,
    totalCount: typeof totalCount === "number" ? totalCount : 0,
    pageInfo: { hasNextPage: rows.length > nodes.length, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
  if (typeof totalCount === "function") {
    let counted: Promise<number> | undefined;
    Object.defineProperty(connection, "totalCount", { enumerable: true, get: () => (counted ??= totalCount()) });
  }
  return connection;
}
