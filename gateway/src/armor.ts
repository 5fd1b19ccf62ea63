import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLArmorRejectCallback } from "@escape.tech/graphql-armor-types";
import { GraphQLError, type ParseOptions, type ValidationRule } from "graphql";
import type { GatewayContext } from "./context";
import { listCostPlugin } from "./cost";

/** What one operation may ask of the gateway. Each endpoint has its own. */
export interface OperationLimits {
  /** Deepest field nesting (`{ a { b } }` is 2); fragments add no level, introspection is not counted. */
  maxDepth: number;
  /** Largest estimated cost: every field counts once for each item the lists above it may hold (cost.ts). */
  maxCost: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Most lexical tokens in one document (names, punctuation, values). */
  maxTokens: number;
  /** Most operations in one batched HTTP request; 1 refuses batches. */
  maxBatch: number;
}

/** `/graphql`: staff, cooperatives' managers and the subgraphs themselves, all with a token. */
export const MAIN_LIMITS: OperationLimits = { maxDepth: 15, maxCost: 100_000, maxAliases: 30, maxDirectives: 50, maxTokens: 10_000, maxBatch: 10 };

/**
 * `/public/graphql`: partners and anyone on the internet; one operation per request. The depth
 * leaves room for the contract's longest useful paths (four nested lists are 11 fields deep:
 * contracts → nodes → assignments → nodes → contract → …), and the tokens for what the other
 * limits allow: they bound the parsing, cost and aliases bound the work.
 */
export const PUBLIC_LIMITS: OperationLimits = { maxDepth: 12, maxCost: 20_000, maxAliases: 15, maxDirectives: 10, maxTokens: 4_000, maxBatch: 1 };

export interface Protection {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<GatewayContext>[];
  parseOptions: ParseOptions;
}

/** Replaces graphql's "Did you mean …" on endpoints that must not reveal the names they hide. */
const SUGGESTION_MASK = "Did you mean a name the schema documents";

/**
 * The limits of one endpoint, enforced by graphql-armor (depth, aliases, directives, field
 * suggestions), by cost.ts (list-size-weighted cost) and by graphql-js's parser (tokens). Tokens
 * are counted while parsing, depth, aliases and directives are validation rules, cost is weighed
 * once the variables are known: each refusal comes before the query is planned, so no subgraph
 * is called, with HTTP 400, a message naming the limit and its value, the limit's name in
 * `extensions.limit` and its value in `extensions.maximum`. The code is
 * `GRAPHQL_VALIDATION_FAILED`, except for the token limit, a parse error (`GRAPHQL_PARSE_FAILED`).
 *
 * Two of armor's protections are replaced, for reasons of substance:
 * - its cost limit weighs `first:` only when written as a literal, so `first: $n` or an omitted
 *   `first` (the default page of 20) count as one item and a variable slips past it; cost.ts
 *   reads the page sizes the operation will really use;
 * - its token limit for Apollo Server throws from `parsingDidStart`, which Apollo Server 5 answers
 *   as an unexpected error (HTTP 500, logged as a failure of ours); graphql-js's own `maxTokens`
 *   parse option counts the same tokens and is answered as the client's error (HTTP 400).
 */
export function protection(limits: OperationLimits, { hideSuggestions }: { hideSuggestions: boolean }): Protection {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...refusal("maxDepth", limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...refusal("maxAliases", limits.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...refusal("maxDirectives", limits.maxDirectives) },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions, mask: SUGGESTION_MASK },
  });
  const { validationRules, plugins } = armor.protect();
  return {
    validationRules,
    plugins: [...(plugins as ApolloServerPlugin<GatewayContext>[]), listCostPlugin(limits.maxCost), tokenLimitError(limits.maxTokens)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** Reports armor's refusal as a validation error of ours: the same text without "Syntax Error:", and the limit. */
function refusal(limit: keyof OperationLimits, maximum: number): { propagateOnRejection: false; onReject: GraphQLArmorRejectCallback[] } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error:\s*/, ""), { extensions: { limit, maximum } }));
      },
    ],
  };
}

/** graphql-js says "Document contains more that N tokens. Parsing aborted.": said as the other limits are. */
function tokenLimitError(maxTokens: number): ApolloServerPlugin<GatewayContext> {
  const pattern = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!pattern.test(error.message)) continue;
            error.message = `Token limit of ${maxTokens} exceeded: send a shorter document.`;
            Object.assign(error.extensions, { limit: "maxTokens", maximum: maxTokens });
          }
        },
      };
    },
  };
}
