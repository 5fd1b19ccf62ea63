/**
 * The load of `npm run bench`: `connections` keep-alive HTTP/1.1 connections (an undici Pool per
 * target, kept for the whole run), each sending the next request as soon as its answer has been
 * read, for a fixed time. An answer counts as an error unless it is HTTP 200 with no `errors`.
 */
const { Pool } = require("undici");
const { performance } = require("node:perf_hooks");

/** @typedef {{ requests: number, errors: number, seconds: number, latencies: number[], firstError?: string }} LoadResult */

class Target {
  /** @param {string} url a GraphQL endpoint @param {number} connections */
  constructor(url, connections) {
    const parsed = new URL(url);
    this.url = url;
    this.path = parsed.pathname;
    this.pool = new Pool(parsed.origin, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  }

  /** One POST; its status and body text. @param {string} body @param {string} token */
  async send(body, token) {
    const res = await this.pool.request({
      path: this.path,
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
      body,
    });
    return { status: res.statusCode, text: await res.body.text() };
  }

  close() {
    return this.pool.close();
  }
}

/**
 * Sends `body` over `connections` concurrent loops for `seconds`.
 * @param {Target} target @param {string} body @param {string} token
 * @param {{ connections: number, seconds: number }} load
 * @returns {Promise<LoadResult>}
 */
async function runLoad(target, body, token, load) {
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  /** @type {string | undefined} */
  let firstError;
  const started = performance.now();
  const end = started + load.seconds * 1000;
  await Promise.all(
    Array.from({ length: load.connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          const { status, text } = await target.send(body, token);
          latencies.push(performance.now() - t0);
          if (status !== 200 || text.includes('"errors"')) {
            errors += 1;
            firstError ??= `HTTP ${status}: ${text.slice(0, 300)}`;
          }
        } catch (error) {
          latencies.push(performance.now() - t0);
          errors += 1;
          firstError ??= String(/** @type {Error} */ (error)?.message ?? error);
        }
      }
    }),
  );
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies, firstError };
}

/** The p-th percentile (nearest rank) of sorted values. @param {number[]} sorted @param {number} p */
function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

module.exports = { Target, runLoad, percentile };
