import type { GraphQLScalarType } from "graphql";
import { DateScalar, DateTimeScalar } from "./dates";
import { DecimalScalar, RateScalar } from "./decimal";

export { AMOUNT_LIMITS, DecimalScalar, decimalFault, RATE_LIMITS, RateScalar, type DecimalLimits } from "./decimal";
export { DateScalar, DateTimeScalar, parseDate } from "./dates";
export { textFault } from "./text";

/**
 * Every custom scalar of the graph, by name. The subgraphs build their schemas with these, and the
 * gateway parses every input with them before planning, so a value is refused the same way
 * wherever it is sent. The gateway refuses to start on a graph with a scalar that is not here.
 */
export const CUSTOM_SCALARS: Readonly<Record<string, GraphQLScalarType>> = Object.freeze({
  Decimal: DecimalScalar,
  Rate: RateScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
});
