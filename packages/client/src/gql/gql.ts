/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CooperativePage($id: ID!) {\n  cooperative(id: $id) {\n    id\n    name\n    taxCode\n    alboNumber\n    type\n    status\n    municipality\n    province\n    region\n    atecoCodes\n    admissionDate\n    durcValidUntil\n    hasValidDurc\n    shareCapital {\n      subscribed\n      paid\n      outstanding\n    }\n    people(first: 20) {\n      totalCount\n      nodes {\n        id\n        firstName\n        lastName\n        role\n        startDate\n      }\n    }\n    assignments(first: 10) {\n      totalCount\n      nodes {\n        sharePercent\n        amount\n        assignedOn\n        contract {\n          id\n          value\n          startDate\n          endDate\n          tender {\n            cig\n            title\n            procedure\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.CooperativePageDocument,
    "query ConsortiumCompliance {\n  consortiumCompliance {\n    members\n    socialCooperatives\n    ratio\n    threshold\n    compliant\n    byType {\n      type\n      count\n    }\n  }\n}": typeof types.ConsortiumComplianceDocument,
    "query CooperativeDirectory($type: [CooperativeType!], $province: String, $first: Int = 20, $after: String) {\n  cooperatives(\n    filter: {status: [ACTIVE], type: $type, province: $province}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      type\n      municipality\n      province\n      region\n      atecoCodes\n    }\n  }\n}": typeof types.CooperativeDirectoryDocument,
    "query ContractsWithAssignees($first: Int = 20, $after: String) {\n  contracts(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      value\n      startDate\n      endDate\n      assignedPercent\n      tender {\n        cig\n        title\n        status\n      }\n      assignments(first: 10) {\n        nodes {\n          sharePercent\n          amount\n          cooperative {\n            id\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ContractsWithAssigneesDocument,
    "query TendersByStatus($status: [TenderStatus!], $first: Int = 20, $after: String) {\n  tenders(filter: {status: $status}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      cig\n      cup\n      title\n      object\n      procedure\n      baseAmount\n      deadline\n      status\n      buyer {\n        name\n        kind\n      }\n      lots {\n        number\n        title\n        baseAmount\n      }\n    }\n  }\n}": typeof types.TendersByStatusDocument,
};
const documents: Documents = {
    "query CooperativePage($id: ID!) {\n  cooperative(id: $id) {\n    id\n    name\n    taxCode\n    alboNumber\n    type\n    status\n    municipality\n    province\n    region\n    atecoCodes\n    admissionDate\n    durcValidUntil\n    hasValidDurc\n    shareCapital {\n      subscribed\n      paid\n      outstanding\n    }\n    people(first: 20) {\n      totalCount\n      nodes {\n        id\n        firstName\n        lastName\n        role\n        startDate\n      }\n    }\n    assignments(first: 10) {\n      totalCount\n      nodes {\n        sharePercent\n        amount\n        assignedOn\n        contract {\n          id\n          value\n          startDate\n          endDate\n          tender {\n            cig\n            title\n            procedure\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.CooperativePageDocument,
    "query ConsortiumCompliance {\n  consortiumCompliance {\n    members\n    socialCooperatives\n    ratio\n    threshold\n    compliant\n    byType {\n      type\n      count\n    }\n  }\n}": types.ConsortiumComplianceDocument,
    "query CooperativeDirectory($type: [CooperativeType!], $province: String, $first: Int = 20, $after: String) {\n  cooperatives(\n    filter: {status: [ACTIVE], type: $type, province: $province}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      type\n      municipality\n      province\n      region\n      atecoCodes\n    }\n  }\n}": types.CooperativeDirectoryDocument,
    "query ContractsWithAssignees($first: Int = 20, $after: String) {\n  contracts(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      value\n      startDate\n      endDate\n      assignedPercent\n      tender {\n        cig\n        title\n        status\n      }\n      assignments(first: 10) {\n        nodes {\n          sharePercent\n          amount\n          cooperative {\n            id\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n}": types.ContractsWithAssigneesDocument,
    "query TendersByStatus($status: [TenderStatus!], $first: Int = 20, $after: String) {\n  tenders(filter: {status: $status}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      cig\n      cup\n      title\n      object\n      procedure\n      baseAmount\n      deadline\n      status\n      buyer {\n        name\n        kind\n      }\n      lots {\n        number\n        title\n        baseAmount\n      }\n    }\n  }\n}": types.TendersByStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CooperativePage($id: ID!) {\n  cooperative(id: $id) {\n    id\n    name\n    taxCode\n    alboNumber\n    type\n    status\n    municipality\n    province\n    region\n    atecoCodes\n    admissionDate\n    durcValidUntil\n    hasValidDurc\n    shareCapital {\n      subscribed\n      paid\n      outstanding\n    }\n    people(first: 20) {\n      totalCount\n      nodes {\n        id\n        firstName\n        lastName\n        role\n        startDate\n      }\n    }\n    assignments(first: 10) {\n      totalCount\n      nodes {\n        sharePercent\n        amount\n        assignedOn\n        contract {\n          id\n          value\n          startDate\n          endDate\n          tender {\n            cig\n            title\n            procedure\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CooperativePage($id: ID!) {\n  cooperative(id: $id) {\n    id\n    name\n    taxCode\n    alboNumber\n    type\n    status\n    municipality\n    province\n    region\n    atecoCodes\n    admissionDate\n    durcValidUntil\n    hasValidDurc\n    shareCapital {\n      subscribed\n      paid\n      outstanding\n    }\n    people(first: 20) {\n      totalCount\n      nodes {\n        id\n        firstName\n        lastName\n        role\n        startDate\n      }\n    }\n    assignments(first: 10) {\n      totalCount\n      nodes {\n        sharePercent\n        amount\n        assignedOn\n        contract {\n          id\n          value\n          startDate\n          endDate\n          tender {\n            cig\n            title\n            procedure\n            buyer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsortiumCompliance {\n  consortiumCompliance {\n    members\n    socialCooperatives\n    ratio\n    threshold\n    compliant\n    byType {\n      type\n      count\n    }\n  }\n}"): (typeof documents)["query ConsortiumCompliance {\n  consortiumCompliance {\n    members\n    socialCooperatives\n    ratio\n    threshold\n    compliant\n    byType {\n      type\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CooperativeDirectory($type: [CooperativeType!], $province: String, $first: Int = 20, $after: String) {\n  cooperatives(\n    filter: {status: [ACTIVE], type: $type, province: $province}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      type\n      municipality\n      province\n      region\n      atecoCodes\n    }\n  }\n}"): (typeof documents)["query CooperativeDirectory($type: [CooperativeType!], $province: String, $first: Int = 20, $after: String) {\n  cooperatives(\n    filter: {status: [ACTIVE], type: $type, province: $province}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      type\n      municipality\n      province\n      region\n      atecoCodes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractsWithAssignees($first: Int = 20, $after: String) {\n  contracts(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      value\n      startDate\n      endDate\n      assignedPercent\n      tender {\n        cig\n        title\n        status\n      }\n      assignments(first: 10) {\n        nodes {\n          sharePercent\n          amount\n          cooperative {\n            id\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query ContractsWithAssignees($first: Int = 20, $after: String) {\n  contracts(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      value\n      startDate\n      endDate\n      assignedPercent\n      tender {\n        cig\n        title\n        status\n      }\n      assignments(first: 10) {\n        nodes {\n          sharePercent\n          amount\n          cooperative {\n            id\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TendersByStatus($status: [TenderStatus!], $first: Int = 20, $after: String) {\n  tenders(filter: {status: $status}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      cig\n      cup\n      title\n      object\n      procedure\n      baseAmount\n      deadline\n      status\n      buyer {\n        name\n        kind\n      }\n      lots {\n        number\n        title\n        baseAmount\n      }\n    }\n  }\n}"): (typeof documents)["query TendersByStatus($status: [TenderStatus!], $first: Int = 20, $after: String) {\n  tenders(filter: {status: $status}, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      cig\n      cup\n      title\n      object\n      procedure\n      baseAmount\n      deadline\n      status\n      buyer {\n        name\n        kind\n      }\n      lots {\n        number\n        title\n        baseAmount\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;