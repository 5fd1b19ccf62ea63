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
  if (Array.isArray(value)) return escape(`{${value.map((item) => `"${String(item).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`);
  return escape(String(value));
}

function escape(s) {
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

module.exports = { Table };
