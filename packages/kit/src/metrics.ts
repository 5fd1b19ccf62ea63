/**
 * What a subgraph process counts about itself, served at `GET /metrics` in the Prometheus text
 * format: the SQL statements its database client sent (`coopgraph_sql_statements_total`, every
 * statement the db adapter's `onQuery` sees, transactions' BEGIN/COMMIT included) and the CPU time
 * of the process (`process_cpu_seconds_total`, user + system). `npm run bench` reads both before
 * and after each round.
 */
export interface SubgraphMetrics {
  /** The db adapter's `onQuery` listener: one more statement sent. */
  countStatement(): void;
  /** Statements counted so far. */
  statements(): number;
  /** The exposition text of `GET /metrics`. */
  text(): string;
}

export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export function createMetrics(): SubgraphMetrics {
  let statements = 0;
  return {
    countStatement: () => {
      statements += 1;
    },
    statements: () => statements,
    text() {
      const { user, system } = process.cpuUsage();
      return [
        "# HELP coopgraph_sql_statements_total SQL statements sent to the database.",
        "# TYPE coopgraph_sql_statements_total counter",
        `coopgraph_sql_statements_total ${statements}`,
        "# HELP process_cpu_seconds_total Total user and system CPU time spent in seconds.",
        "# TYPE process_cpu_seconds_total counter",
        `process_cpu_seconds_total ${(user + system) / 1e6}`,
        "",
      ].join("\n");
    },
  };
}
