/**
 * Hive Gateway's configuration for `npm run bench` only (`hive-gateway supergraph <file> -c this`):
 * the same supergraph and subgraphs as our gateway, the caller's Authorization forwarded to every
 * subgraph so each applies the same access. Otherwise Hive's defaults, among them its in-flight
 * deduplication of identical subgraph requests (`deduplicateInflightRequests` of its HTTP
 * transport, on by default); HIVE_BENCH_DEDUPLICATION=false turns it off. Its inbound request
 * deduplication (`inboundInflightRequestDeduplication`) is off by default and stays off.
 */
const { defineConfig } = require("@graphql-hive/gateway");

const deduplicate = process.env.HIVE_BENCH_DEDUPLICATION !== "false";

module.exports.gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get("authorization") }),
  },
  transportEntries: { "*": { options: { deduplicateInflightRequests: deduplicate } } },
});
