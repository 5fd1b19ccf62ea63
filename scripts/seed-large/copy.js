const { Readable } = require("node:stream");
const { pipeline } = require("node:stream/promises");
const { from: copyFrom } = require("pg-copy-streams");

const CHUNK = 1 << 20;
const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** A value in COPY's text format: \N for null, backslash escapes for tab, newline and backslash. */
function text(value) {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escaped(`{${value.map((item) => `"${String(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`);
  return escaped(String(value));
}

function escaped(s) {
  return NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : s;
}

/**
 * The rows of one table, kept as COPY text in chunks of about a megabyte until they are sent. Values
 * go in the order of `columns`; dates are passed as YYYY-MM-DD strings, timestamps as Date objects.
 */
class Table {
  /**
   * @param {string} name the table as the migrations create it, e.g. "Person"
   * @param {string[]} columns its columns as the migrations name them
   */
  constructor(name, columns) {
    this.name = name;
    this.columns = columns;
    /** @type {string[]} */
    this.chunks = [];
    this.buffer = "";
    this.count = 0;
  }

  /** @param {...unknown} values */
  add(...values) {
    if (values.length !== this.columns.length) throw new Error(`${this.name}: ${values.length} values for ${this.columns.length} columns`);
    let line = text(values[0]);
    for (let i = 1; i < values.length; i++) line += `\t${text(values[i])}`;
    this.buffer += `${line}\n`;
    this.count += 1;
    if (this.buffer.length >= CHUNK) {
      this.chunks.push(this.buffer);
      this.buffer = "";
    }
  }

  /**
   * Sends the rows with COPY ... FROM STDIN on `client` and frees them.
   * @param {import("pg").ClientBase} client
   */
  async copy(client) {
    if (this.buffer) this.chunks.push(this.buffer);
    this.buffer = "";
    const columns = this.columns.map((c) => `"${c}"`).join(", ");
    const stream = client.query(copyFrom(`COPY "${this.name}" (${columns}) FROM STDIN`));
    await pipeline(Readable.from(this.chunks), stream);
    this.chunks = [];
  }
}

/**
 * Runs `load` with the foreign keys, primary keys and indexes of the `tables` it fills set aside
 * (and the foreign keys pointing at them), then puts every one of them back from its definition as
 * the catalog printed it (pg_get_constraintdef, pg_get_indexdef): PostgreSQL's advice for
 * populating a database, since building an index once and checking a foreign key with one join are
 * much faster than doing both row by row. Putting them back checks every row (a duplicate or a
 * dangling id fails the caller's transaction). The tables it does not fill keep theirs: a rollup a
 * trigger keeps in step with a filled table (training's CooperativeTrainingYear) needs its key while
 * the rows arrive. Returns how many constraints and indexes were rebuilt.
 *
 * @param {import("pg").ClientBase} client inside a transaction
 * @param {string[]} tables the names of the tables `load` fills
 * @param {() => Promise<void>} load
 */
async function withConstraintsAfter(client, tables, load) {
  const filled = tables.map((name) => `"${name}"`);
  const constraints = (
    await client.query(
      `
      SELECT c.conrelid::regclass::text AS "table", c.conname AS name, c.contype AS type, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = current_schema() AND c.contype IN ('f', 'p', 'u') AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[]))
      ORDER BY c.contype = 'f' DESC`,
      [filled],
    )
  ).rows;
  const indexes = (
    await client.query(
      `
      SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = current_schema() AND i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [filled],
    )
  ).rows;
  // Foreign keys first (they depend on the primary keys), then the keys, then the other indexes.
  for (const c of constraints) await client.query(`ALTER TABLE ${c.table} DROP CONSTRAINT "${c.name}"`);
  for (const i of indexes) await client.query(`DROP INDEX ${i.name}`);
  await load();
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const c of [...constraints].reverse()) await client.query(`ALTER TABLE ${c.table} ADD CONSTRAINT "${c.name}" ${c.definition}`);
  for (const i of indexes) await client.query(i.definition);
  return constraints.length + indexes.length;
}

module.exports = { Table, withConstraintsAfter };
