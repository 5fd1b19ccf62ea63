/**
 * @coopgraph/client: the graph's example operations as typed documents, for front-end teams.
 * Each file in operations/ becomes `<Name>Document` (a TypedDocumentNode that Apollo Client, urql
 * or graphql-request accept as is) with `<Name>Query` and `<Name>QueryVariables`; every type of
 * the graph's API schema is exported too. `persistedRequest` and `execute` send an operation by
 * its registered hash, which the gateway accepts also when it runs registered operations only.
 */
export * from "./gql/graphql";
export { graphql } from "./gql/gql";
export { execute, persistedRequest, type ExecuteOptions, type GraphQLResult, type PersistedRequest } from "./request";
