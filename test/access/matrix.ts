/**
 * The access matrix: for every query, mutation and entity field of the supergraph, what each
 * role gets. The rows live in one file per subgraph (`test/access/<subgraph>.ts`, for each
 * subgraph of subgraphs/registry.json); this file is the mechanism that reads the composed
 * supergraph, builds a minimal operation per field from the rows' fixtures (ids of the demo
 * data every subgraph seeds), and tells what came back.
 */
import { demoId, readRegistry } from "@coopgraph/kit";
import type { Caller, GraphQLResponse } from "@coopgraph/testing";
import { buildASTSchema, buildSchema, parse, getNamedType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import fs from "node:fs";
import path from "node:path";

/** What a role gets from a field. `data`: a value; `null`: nothing, silently; an error code otherwise. */
export type Outcome = "data" | "null" | "FORBIDDEN" | "UNAUTHENTICATED" | "NOT_FOUND";
export const D: Outcome = "data";
export const N: Outcome = "null";
export const F: Outcome = "FORBIDDEN";
export const U: Outcome = "UNAUTHENTICATED";
export const NF: Outcome = "NOT_FOUND";

/** The columns of every row, in this order. */
export const ROLES = ["ADMIN", "MANAGER_A", "MANAGER_B", "INCLUSION_OPERATOR", "ANALYST", "PARTNER", "ANONYMOUS", "SERVICE"] as const;
export type RoleColumn = (typeof ROLES)[number];
export type Row = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

/** Cooperative A and B: two ACTIVE demo members. A executes a share of demo contract 11; B does not. */
export const COOP_A = demoId("cooperative", 5);
export const COOP_B = demoId("cooperative", 3);

export const CALLERS: Record<RoleColumn, Caller | null> = {
  ADMIN: { role: "ADMIN" },
  MANAGER_A: { role: "COOP_MANAGER", coopId: COOP_A, sub: "manager-a" },
  MANAGER_B: { role: "COOP_MANAGER", coopId: COOP_B, sub: "manager-b" },
  INCLUSION_OPERATOR: { role: "INCLUSION_OPERATOR" },
  ANALYST: { role: "ANALYST" },
  PARTNER: { role: "PARTNER" },
  ANONYMOUS: null,
  SERVICE: { role: "SERVICE", sub: "matrix-service" },
};

/** What setups and inputs can use: the graph as the consortium's staff, and a fresh number per call. */
export interface MatrixContext {
  /** Runs an operation as ADMIN through the gateway and returns its data; throws on any error. */
  admin(query: string, variables?: Record<string, unknown>): Promise<any>;
  /** A number never handed out before in this run: for unique codes. */
  unique(): number;
}

/** How to reach one instance of an entity type through the gateway: `%s` is where the field goes. */
export interface EntityFixture {
  /** e.g. `cooperative(id: $id) { %s }`; `$id` is `viaId`, or the entity's id. */
  via: string;
  /** The entity's own id: its representation in `_entities`. */
  id: string;
  /** What `$id` of `via` is, when it is not the entity's id (an assignment is reached through its contract). */
  viaId?: string;
}

/** How to ask one field, when the defaults are not enough. */
export interface FieldOperation {
  /** Values of the field's arguments (variables), e.g. `{ month: "2026-03" }`; for a mutation, called for every attempt. */
  args?: Record<string, unknown> | ((ctx: MatrixContext) => Promise<Record<string, unknown>> | Record<string, unknown>);
  /** Another instance of the entity than the type's fixture (one where this field has a value). */
  id?: string | ((ctx: MatrixContext) => Promise<string>);
  /** Replaces the selection made from the field's type, e.g. `{ nodes { id } }`. */
  selection?: string;
  /**
   * What the representation sent through `_entities` carries beside its key: the `@external`
   * fields a `@requires` field needs, as the gateway would fetch them from their owner.
   */
  representation?: Record<string, unknown> | ((ctx: MatrixContext) => Promise<Record<string, unknown>> | Record<string, unknown>);
}

/** One subgraph's part of the matrix: `test/access/<subgraph>.ts` exports it as `access`. */
export interface SubgraphAccess {
  /** One row per field this subgraph resolves: `"Type.field": [ADMIN, MANAGER_A, ...]` in the order of ROLES. */
  rows: Record<string, Row>;
  /** How to reach each entity type this subgraph owns. */
  entities?: Record<string, EntityFixture>;
  operations?: Record<string, FieldOperation>;
}

export interface Matrix {
  rows: Map<string, { row: Row; subgraph: string }>;
  entities: Record<string, EntityFixture>;
  operations: Record<string, FieldOperation>;
}

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Every subgraph's part, by registry order; a subgraph without a file is an error naming the file. */
export function loadMatrix(subgraphs = readRegistry().map((entry) => entry.name)): Matrix {
  const matrix: Matrix = { rows: new Map(), entities: {}, operations: {} };
  for (const name of subgraphs) {
    const file = path.join(__dirname, `${name}.ts`);
    if (!fs.existsSync(file)) throw new Error(`the ${name} subgraph has no access rows: write test/access/${name}.ts`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const part = (require(file) as { access: SubgraphAccess }).access;
    for (const [field, row] of Object.entries(part.rows)) {
      const earlier = matrix.rows.get(field);
      if (earlier) throw new Error(`${field} has a row in both ${earlier.subgraph}.ts and ${name}.ts`);
      if (row.length !== ROLES.length) throw new Error(`${field} (${name}.ts) has ${row.length} columns, not ${ROLES.length}`);
      matrix.rows.set(field, { row, subgraph: name });
    }
    Object.assign(matrix.entities, part.entities);
    Object.assign(matrix.operations, part.operations);
  }
  return matrix;
}

export function readSupergraph(file = path.join(REPO_ROOT, "schema", "supergraph.graphql")): Supergraph {
  return new Supergraph(buildSchema(fs.readFileSync(file, "utf8")));
}

/** A field the matrix covers, with where it lives. */
export interface CoveredField {
  /** `Type.field` */
  name: string;
  kind: "query" | "mutation" | "entity";
  type: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  /** The subgraphs that resolve it (names as in the registry). */
  subgraphs: string[];
}

/** The composed supergraph, read for what the matrix needs: its fields and who resolves them. */
export class Supergraph {
  private readonly graphs: Map<string, string>;

  constructor(readonly schema: GraphQLSchema) {
    // join__Graph enum values name each subgraph: PROCUREMENT @join__graph(name: "procurement", ...).
    const graphEnum = schema.getType("join__Graph");
    this.graphs = new Map(
      (graphEnum?.astNode?.kind === "EnumTypeDefinition" ? (graphEnum.astNode.values ?? []) : []).map((value) => {
        const name = value.directives?.find((d) => d.name.value === "join__graph")?.arguments?.find((a) => a.name.value === "name");
        return [value.name.value, name?.value.kind === "StringValue" ? name.value.value : value.name.value.toLowerCase()];
      }),
    );
  }

  /** Every query, mutation and entity field, in schema order. */
  fields(): CoveredField[] {
    const covered: CoveredField[] = [];
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type.name.startsWith("join__") || type.name.startsWith("link__")) continue;
      const kind = type.name === "Query" ? "query" : type.name === "Mutation" ? "mutation" : this.isEntity(type) ? "entity" : null;
      if (!kind) continue;
      for (const field of Object.values(type.getFields())) {
        covered.push({ name: `${type.name}.${field.name}`, kind, type, field, subgraphs: this.resolvers(type, field) });
      }
    }
    return covered;
  }

  /** The fields of an entity's keys: what a representation names it by. */
  keyFields(type: GraphQLObjectType): Set<string> {
    const keys = this.joinTypes(type).flatMap((directive) => directive.arguments?.filter((argument) => argument.name.value === "key") ?? []);
    return new Set(keys.flatMap((key) => (key.value.kind === "StringValue" ? key.value.value.split(/\s+/).filter(Boolean) : [])));
  }

  isEntity(type: GraphQLObjectType): boolean {
    return this.joinTypes(type).some((directive) => directive.arguments?.some((argument) => argument.name.value === "key"));
  }

  /** The subgraphs that resolve an entity type (those that can answer `_entities` for it). */
  entitySubgraphs(type: GraphQLObjectType): string[] {
    return this.joinTypes(type)
      .filter((directive) => directive.arguments?.some((argument) => argument.name.value === "key"))
      .map((directive) => this.graphOf(directive));
  }

  private resolvers(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
    const joins = field.astNode?.directives?.filter((directive) => directive.name.value === "join__field") ?? [];
    const graphs = joins.filter((join) => !join.arguments?.some((a) => a.name.value === "external" && a.value.kind === "BooleanValue" && a.value.value));
    if (graphs.length > 0) return [...new Set(graphs.map((join) => this.graphOf(join)))];
    return [...new Set(this.joinTypes(type).map((directive) => this.graphOf(directive)))];
  }

  private joinTypes(type: GraphQLObjectType) {
    return [type.astNode, ...(type.extensionASTNodes ?? [])].flatMap((node) => node?.directives?.filter((d) => d.name.value === "join__type") ?? []);
  }

  private graphOf(directive: { arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[] }): string {
    const graph = directive.arguments?.find((argument) => argument.name.value === "graph")?.value.value as string;
    return this.graphs.get(graph) ?? graph.toLowerCase();
  }
}

/** Fields of the supergraph without a row, and rows whose field no longer exists: both must be empty. */
export function coverage(supergraph: Supergraph, rows: ReadonlyMap<string, unknown>): { missing: string[]; stale: string[] } {
  const fields = new Set(supergraph.fields().map((field) => field.name));
  return {
    missing: [...fields].filter((field) => !rows.has(field)),
    stale: [...rows.keys()].filter((field) => !fields.has(field)),
  };
}

/** The smallest selection that makes a field's type answer from its owner: a leaf, `totalCount`, or its first non-null leaf. */
export function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type) || !isObjectType(type)) return "";
  const fields = Object.values(type.getFields());
  if (fields.some((candidate) => candidate.name === "totalCount")) return "{ totalCount }";
  const leaf =
    fields.find(
      (candidate) => candidate.name !== "id" && isNonNullType(candidate.type) && isLeafType(getNamedType(candidate.type)) && candidate.args.every((a) => !isNonNullType(a.type)),
    ) ?? fields.find((candidate) => isLeafType(getNamedType(candidate.type)) && candidate.args.length === 0);
  return `{ ${leaf?.name ?? "__typename"} }`;
}

/** One operation, ready to send: its text and variables. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

async function argsOf(operation: FieldOperation | undefined, ctx: MatrixContext): Promise<Record<string, unknown>> {
  return { ...(typeof operation?.args === "function" ? await operation.args(ctx) : operation?.args) };
}

async function idOf(operation: FieldOperation | undefined, fallback: string | undefined, ctx: MatrixContext): Promise<string | undefined> {
  return typeof operation?.id === "function" ? await operation.id(ctx) : (operation?.id ?? fallback);
}

/** The field, aliased `target`, with its arguments as variables `$arg_<name>`. */
function targetOf(covered: CoveredField, given: Record<string, unknown>, selection: string | undefined) {
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const argument of covered.field.args) {
    if (!(argument.name in given)) {
      if (isNonNullType(argument.type) && argument.defaultValue === undefined)
        throw new Error(`${covered.name} needs a value for its argument ${argument.name}: give it in operations`);
      continue;
    }
    definitions.push(`$arg_${argument.name}: ${String(argument.type)}`);
    args.push(`${argument.name}: $arg_${argument.name}`);
    variables[`arg_${argument.name}`] = given[argument.name];
  }
  return { text: `target: ${covered.field.name}${args.length ? `(${args.join(", ")})` : ""} ${selection ?? selectionFor(covered.field)}`.trim(), definitions, variables };
}

/** The operation that asks one field through the gateway. */
export async function gatewayOperation(covered: CoveredField, matrix: Matrix, ctx: MatrixContext): Promise<Operation> {
  const operation = matrix.operations[covered.name];
  const given = await argsOf(operation, ctx);
  if (covered.kind === "entity") {
    const fixture = matrix.entities[covered.type.name];
    if (!fixture) throw new Error(`no fixture says how to reach a ${covered.type.name}: add it to entities in test/access`);
    const target = targetOf(covered, given, operation?.selection);
    return {
      query: `query (${["$id: ID!", ...target.definitions].join(", ")}) { ${fixture.via.replace("%s", target.text)} }`,
      variables: { id: await idOf(operation, fixture.viaId ?? fixture.id, ctx), ...target.variables },
    };
  }
  // A root field's `id: ID!`, when not given, is the fixture of the type it returns.
  if (covered.field.args.some((argument) => argument.name === "id" && isNonNullType(argument.type)) && !("id" in given)) {
    const returned = getNamedType(covered.field.type).name;
    given.id = await idOf(operation, matrix.entities[returned]?.id, ctx);
    if (!given.id) throw new Error(`${covered.name} needs an id: give a fixture for ${returned}, or an id in operations`);
  }
  const target = targetOf(covered, given, operation?.selection);
  const keyword = covered.kind === "mutation" ? "mutation" : "query";
  return { query: `${keyword}${target.definitions.length ? ` (${target.definitions.join(", ")})` : ""} { ${target.text} }`, variables: target.variables };
}

/** One subgraph's own schema (schema/subgraphs/<name>.graphql): what may be selected when asking it directly. */
export function subgraphSchema(name: string): GraphQLSchema {
  return buildASTSchema(parse(fs.readFileSync(path.join(REPO_ROOT, "schema", "subgraphs", `${name}.graphql`), "utf8")), { assumeValidSDL: true });
}

/**
 * The same field asked straight from a subgraph through `_entities`, as the gateway would: the
 * side path. The selection is made from that subgraph's own type (another subgraph's entity is
 * known there by its key only).
 */
export async function entitiesOperation(covered: CoveredField, matrix: Matrix, ctx: MatrixContext, schema: GraphQLSchema): Promise<Operation> {
  const operation = matrix.operations[covered.name];
  const own = (schema.getType(covered.type.name) as GraphQLObjectType).getFields()[covered.field.name];
  const target = targetOf(covered, await argsOf(operation, ctx), selectionFor(own));
  const id = await idOf(operation, matrix.entities[covered.type.name]?.id, ctx);
  const extra = typeof operation?.representation === "function" ? await operation.representation(ctx) : operation?.representation;
  return {
    query: `query (${["$representations: [_Any!]!", ...target.definitions].join(", ")}) { _entities(representations: $representations) { ... on ${covered.type.name} { ${target.text} } } }`,
    variables: { representations: [{ ...extra, __typename: covered.type.name, id }], ...target.variables },
  };
}

/**
 * What the answer gave the caller at the field aliased `target`: the error code, `data` when a
 * value came back anywhere it was asked, `null` when nothing did (null, an empty list, an empty
 * page, or no element to hold the field at all).
 */
export function outcomeOf(answer: GraphQLResponse): string {
  if (answer.errors?.length) {
    const codes = [...new Set(answer.errors.map((error) => String(error.extensions?.code ?? "NO_CODE")))];
    return codes.length === 1 ? codes[0] : codes.join("+");
  }
  const values: unknown[] = [];
  collect(answer.data, values);
  return values.some(isSomething) ? "data" : "null";
}

function isSomething(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object" && "totalCount" in value) return (value as { totalCount: number }).totalCount > 0;
  return true;
}

function collect(data: unknown, values: unknown[]): void {
  if (Array.isArray(data)) {
    for (const item of data) collect(item, values);
  } else if (data !== null && typeof data === "object") {
    for (const [key, value] of Object.entries(data)) {
      if (key === "target") values.push(value);
      else collect(value, values);
    }
  }
}
