/**
 * The graph's custom scalars live in @coopgraph/scalars, which the gateway also uses to refuse
 * a malformed value before any subgraph is called: one implementation, one answer.
 */
export { DateScalar, DateTimeScalar, DecimalScalar, parseDate, RateScalar } from "@coopgraph/scalars";
