/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC (e.g. 2026-03-01T09:30:00.000Z). */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "1234.50". */
  Decimal: { input: string; output: string; }
};

/** A person joins a member cooperative as worker member, volunteer member or employee. */
export type AddPersonInput = {
  cooperativeId: Scalars['ID']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  role: PersonRole;
  startDate: Scalars['Date']['input'];
  /** Codice fiscale, 16 characters. */
  taxCode: Scalars['String']['input'];
};

/** Domanda di ammissione: a body asks to join the consortium. */
export type ApplyForMembershipInput = {
  /** Albo nazionale number (required for cooperatives and consortia). */
  alboNumber?: InputMaybe<Scalars['String']['input']>;
  atecoCodes: Array<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  municipality: Scalars['String']['input'];
  name: Scalars['String']['input'];
  province: Scalars['String']['input'];
  /** Share capital to subscribe on admission. */
  requestedShareCapital: Scalars['Decimal']['input'];
  /** Codice fiscale / partita IVA, 11 digits. */
  taxCode: Scalars['String']['input'];
  type: CooperativeType;
};

/** Assigns the execution of a contract to member cooperatives: the shares add up to exactly 100%. */
export type AssignContractInput = {
  assignments: Array<AssignmentShareInput>;
  contractId: Scalars['ID']['input'];
};

/** Assegnazione: the share of a contract a member cooperative executes. */
export type Assignment = {
  __typename?: 'Assignment';
  /** Its share of the contract's value, in euro; the assignees' amounts add up to the value exactly. */
  amount: Scalars['Decimal']['output'];
  /** The day membership confirmed the cooperative eligible (ACTIVE, valid DURC). */
  assignedOn: Scalars['Date']['output'];
  /** The contract this is a share of. */
  contract: Contract;
  /** The member cooperative executing this share (resolved by membership). */
  cooperative: Cooperative;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Percentage of the contract, e.g. "33.34"; a contract's shares add up to 100. */
  sharePercent: Scalars['Decimal']['output'];
};

/** A page of Assignment items. */
export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  /** The page's items, each with its cursor. */
  edges: Array<AssignmentEdge>;
  /** The page's items. */
  nodes: Array<Assignment>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Assignment of a page, with its cursor. */
export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Assignment;
};

export type AssignmentShareInput = {
  /** A member cooperative (membership's id). */
  cooperativeId: Scalars['ID']['input'];
  /** Percentage of the contract, at most two decimals, e.g. "33.34". */
  sharePercent: Scalars['Decimal']['input'];
};

/** The buyer awarded the tender to the consortium: records the contract and moves the tender to AWARDED. */
export type AwardTenderInput = {
  /** Date of the award; today when omitted. */
  awardedOn?: InputMaybe<Scalars['Date']['input']>;
  endDate: Scalars['Date']['input'];
  startDate: Scalars['Date']['input'];
  tenderId: Scalars['ID']['input'];
  /** Awarded value net of VAT; not above the base amount. */
  value: Scalars['Decimal']['input'];
};

/** Who buys: a public administration or a private client. */
export type Buyer = {
  __typename?: 'Buyer';
  /** A central or sub-central public authority, or a private client. */
  kind: BuyerKind;
  /** Name of the public administration or private client. */
  name: Scalars['String']['output'];
  /** Codice fiscale: 11 digits for a body; a person's 16-character code is personal data, shown to the consortium's staff only (null otherwise). */
  taxCode?: Maybe<Scalars['String']['output']>;
};

export type BuyerInput = {
  kind: BuyerKind;
  name: Scalars['String']['input'];
  /** Codice fiscale: 11 digits for a body, 16 characters for a person. */
  taxCode: Scalars['String']['input'];
};

/** CENTRAL_AUTHORITY and SUB_CENTRAL_AUTHORITY are public bodies (their EU thresholds differ); PRIVATE_CLIENT is anyone else. */
export type BuyerKind =
  | 'CENTRAL_AUTHORITY'
  | 'PRIVATE_CLIENT'
  | 'SUB_CENTRAL_AUTHORITY';

export type ChangeCooperativeStatusInput = {
  cooperativeId: Scalars['ID']['input'];
  /** When the change takes effect; today when omitted. */
  effectiveDate?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
  resolutionNumber?: InputMaybe<Scalars['String']['input']>;
  status: CooperativeStatus;
};

export type ChangeTenderStatusInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
  /** AWARDED is reached through awardTender. */
  status: TenderStatus;
  tenderId: Scalars['ID']['input'];
};

/** Law 381/1991 art. 8: at least 70% of the consortium's members must be social cooperatives. */
export type ConsortiumCompliance = {
  __typename?: 'ConsortiumCompliance';
  /** Members by type, every type listed. */
  byType: Array<MembersByType>;
  /** True when ratio reaches threshold: the consortium meets art. 8. */
  compliant: Scalars['Boolean']['output'];
  /** Members: ACTIVE and SUSPENDED. */
  members: Scalars['Int']['output'];
  /** socialCooperatives / members, four decimals. */
  ratio: Scalars['Decimal']['output'];
  /** Members of type A, B, AB or CONSORTIUM. */
  socialCooperatives: Scalars['Int']['output'];
  /** The least share the law requires, from dated configuration. */
  threshold: Scalars['Decimal']['output'];
};

/** Contratto: what the consortium won with an awarded tender; its execution is assigned to member cooperatives. */
export type Contract = {
  __typename?: 'Contract';
  /** The shares assigned so far, in percent: 100.00 when assigned in full. */
  assignedPercent: Scalars['Decimal']['output'];
  /** Who executes the contract, largest share first. A cooperative's manager sees their own assignment. */
  assignments: AssignmentConnection;
  /** Day the tender was awarded to the consortium. */
  awardedOn: Scalars['Date']['output'];
  /** Last day of execution. */
  endDate: Scalars['Date']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** When the tender moved to CONTRACT_SIGNED. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** First day of execution. */
  startDate: Scalars['Date']['output'];
  /** The tender it was won with. */
  tender: Tender;
  /** Awarded value net of VAT. */
  value: Scalars['Decimal']['output'];
};


/** Contratto: what the consortium won with an awarded tender; its execution is assigned to member cooperatives. */
export type ContractAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Contract items. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The page's items, each with its cursor. */
  edges: Array<ContractEdge>;
  /** The page's items. */
  nodes: Array<Contract>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Contract of a page, with its cursor. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Contract;
};

/** Narrows the list; all given conditions must hold. */
export type ContractFilter = {
  /** Contracts in execution on this day (start <= day <= end). */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Awarded on or after this day. */
  awardedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Awarded on or before this day. */
  awardedTo?: InputMaybe<Scalars['Date']['input']>;
  /** The buyer: its codice fiscale, or part of its name in any case. */
  buyer?: InputMaybe<Scalars['String']['input']>;
  /** Contracts with a share assigned to this cooperative. */
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts won with one of these procedures. */
  procedure?: InputMaybe<Array<TenderProcedure>>;
  /** Status of the contract's tender: AWARDED, CONTRACT_SIGNED or COMPLETED. */
  tenderStatus?: InputMaybe<Array<TenderStatus>>;
};

/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type Cooperative = {
  __typename?: 'Cooperative';
  /** Date of the board resolution that admitted it. */
  admissionDate?: Maybe<Scalars['Date']['output']>;
  /** Number in the Albo nazionale delle società cooperative, e.g. A123456. */
  alboNumber?: Maybe<Scalars['String']['output']>;
  /** Its shares of contracts, newest first; null when you may not see them. */
  assignments?: Maybe<AssignmentConnection>;
  /** ATECO 2025 activity codes, NN.NN.NN. */
  atecoCodes: Array<Scalars['String']['output']>;
  /** Value of contracts it executes in the year, net of VAT: its share of each contract's value, spread over the contract's days; null when you may not see it. */
  contractValue?: Maybe<Scalars['Decimal']['output']>;
  /** Last day covered by a DURC on record; null when none, or when you may not see it. */
  durcValidUntil?: Maybe<Scalars['Date']['output']>;
  /** DURCs on record, newest first; null when you may not see them. */
  durcs?: Maybe<Array<Durc>>;
  /** Whether a DURC on record covers the day (today when omitted); null when you may not see it. */
  hasValidDurc?: Maybe<Scalars['Boolean']['output']>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Municipality of the registered seat. */
  municipality: Scalars['String']['output'];
  /** Legal name (ragione sociale). */
  name: Scalars['String']['output'];
  /** The cooperative's people, by name; null when you may not see them. */
  people?: Maybe<PersonConnection>;
  /** Two-letter province code of the seat, e.g. MI. */
  province: Scalars['String']['output'];
  /** Region of the seat, from its province, e.g. Lombardia. */
  region: Scalars['String']['output'];
  /** Null when you may not see it. */
  shareCapital?: Maybe<ShareCapital>;
  /** Where it stands in the consortium: applicant, member (active or suspended), former member. */
  status: CooperativeStatus;
  /** Every status change, oldest first; null when you may not see it. */
  statusHistory?: Maybe<Array<StatusChange>>;
  /** Codice fiscale / partita IVA: 11 digits. */
  taxCode: Scalars['String']['output'];
  /** Law 381/1991 art. 1 type (A, B, AB), a member consortium, or another body. */
  type: CooperativeType;
  /** Its workforce in a month (YYYY-MM), by headcount; null when you may not see its people. */
  workforce?: Maybe<Workforce>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeContractValueArgs = {
  year: Scalars['Int']['input'];
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeHasValidDurcArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativePeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeWorkforceArgs = {
  month: Scalars['String']['input'];
};

/** A page of Cooperative items. */
export type CooperativeConnection = {
  __typename?: 'CooperativeConnection';
  /** The page's items, each with its cursor. */
  edges: Array<CooperativeEdge>;
  /** The page's items. */
  nodes: Array<Cooperative>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Cooperative of a page, with its cursor. */
export type CooperativeEdge = {
  __typename?: 'CooperativeEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Cooperative;
};

/** Narrows the list; all given conditions must hold. */
export type CooperativeFilter = {
  /** Only these cooperatives (at most 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Two-letter province code. */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Region of the seat, e.g. Lombardia. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only cooperatives in one of these statuses. */
  status?: InputMaybe<Array<CooperativeStatus>>;
  /** Only cooperatives of one of these types. */
  type?: InputMaybe<Array<CooperativeType>>;
};

/** APPLICANT until the board decides; then ACTIVE or REJECTED; ACTIVE and SUSPENDED members may withdraw (recesso) or be excluded (esclusione). */
export type CooperativeStatus =
  | 'ACTIVE'
  | 'APPLICANT'
  | 'EXCLUDED'
  | 'REJECTED'
  | 'SUSPENDED'
  | 'WITHDRAWN';

/** Law 381/1991 art. 1: A social, health and educational services; B work integration; AB both; CONSORTIUM a member consortium; OTHER a non-social member. */
export type CooperativeType =
  | 'A'
  | 'AB'
  | 'B'
  | 'CONSORTIUM'
  | 'OTHER';

/** Opens a group purchase: members order units of one item until the closing day. */
export type CreateGroupPurchaseInput = {
  closesOn: Scalars['Date']['input'];
  item: Scalars['String']['input'];
  unit: Scalars['String']['input'];
  /** Price of one unit, net of VAT. */
  unitPrice: Scalars['Decimal']['input'];
};

/** Records a tender; it starts as DRAFT. */
export type CreateTenderInput = {
  /** Base amount net of VAT. */
  baseAmount: Scalars['Decimal']['input'];
  buyer: BuyerInput;
  /** CIG: 10 letters or digits. */
  cig: Scalars['String']['input'];
  /** CUP: 15 letters or digits. */
  cup?: InputMaybe<Scalars['String']['input']>;
  /** Last day for bids. */
  deadline: Scalars['Date']['input'];
  /** Lots, numbered in this order; their base amounts add up to the tender's. */
  lots?: InputMaybe<Array<TenderLotInput>>;
  /** Internal notes: only the consortium's staff read them. */
  notes?: InputMaybe<Scalars['String']['input']>;
  object: TenderObject;
  procedure: TenderProcedure;
  title: Scalars['String']['input'];
};

/** The board's resolution (delibera del CdA) on an application. */
export type DecideMembershipApplicationInput = {
  cooperativeId: Scalars['ID']['input'];
  decision: MembershipDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
  resolutionDate: Scalars['Date']['input'];
  resolutionNumber: Scalars['String']['input'];
};

/** DURC (documento unico di regolarità contributiva): certificate of regular social-security payments. */
export type Durc = {
  __typename?: 'Durc';
  issueDate: Scalars['Date']['output'];
  protocolNumber?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** Last day of validity (issue date + 120 days, D.M. 30/01/2015). */
  validUntil: Scalars['Date']['output'];
};

/** A person leaves a cooperative: the record stays, with its end date. */
export type EndPersonInput = {
  endDate: Scalars['Date']['input'];
  personId: Scalars['ID']['input'];
};

/** One order of a member cooperative in a group purchase. */
export type GroupOrder = {
  __typename?: 'GroupOrder';
  /** quantity x unit price, net of VAT. */
  amount: Scalars['Decimal']['output'];
  cooperative: Cooperative;
  id: Scalars['ID']['output'];
  placedAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
};

/** Gruppo d'acquisto: the consortium collects members' orders for the same item and buys them together. */
export type GroupPurchase = {
  __typename?: 'GroupPurchase';
  /** Last day orders are taken. */
  closesOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  item: Scalars['String']['output'];
  /** Whether it still takes orders today. */
  open: Scalars['Boolean']['output'];
  /** Orders, oldest first; a cooperative's manager sees their own. */
  orders: Array<GroupOrder>;
  totals: GroupPurchaseTotals;
  /** What one unit is, e.g. "box of 100 gloves". */
  unit: Scalars['String']['output'];
  /** Price of one unit, net of VAT. */
  unitPrice: Scalars['Decimal']['output'];
};

/** A page of GroupPurchase items. */
export type GroupPurchaseConnection = {
  __typename?: 'GroupPurchaseConnection';
  /** The page's items, each with its cursor. */
  edges: Array<GroupPurchaseEdge>;
  /** The page's items. */
  nodes: Array<GroupPurchase>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A GroupPurchase of a page, with its cursor. */
export type GroupPurchaseEdge = {
  __typename?: 'GroupPurchaseEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: GroupPurchase;
};

export type GroupPurchaseFilter = {
  /** Only those still taking orders on this day. */
  openOn?: InputMaybe<Scalars['Date']['input']>;
};

export type GroupPurchaseTotals = {
  __typename?: 'GroupPurchaseTotals';
  /** Amount of all orders, net of VAT; the members' amounts add up to it. */
  amount: Scalars['Decimal']['output'];
  /** Per member, in the order they first ordered; a cooperative's manager sees their own line. */
  byCooperative: Array<MemberOrderTotal>;
  /** Units ordered by all members. */
  quantity: Scalars['Int']['output'];
};

/** What one member ordered in a group purchase, all its orders together. */
export type MemberOrderTotal = {
  __typename?: 'MemberOrderTotal';
  amount: Scalars['Decimal']['output'];
  cooperative: Cooperative;
  quantity: Scalars['Int']['output'];
};

/** How many members are of one type. */
export type MembersByType = {
  __typename?: 'MembersByType';
  /** Members (ACTIVE and SUSPENDED) of that type. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: CooperativeType;
};

export type MembershipDecision =
  | 'ADMIT'
  | 'REJECT';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person to a cooperative. Staff for any cooperative, a manager for their own. */
  addPerson: Person;
  /** Records an application for membership: the cooperative starts as APPLICANT. */
  applyForMembership: Cooperative;
  /** Assigns an AWARDED contract to member cooperatives, shares adding up to exactly 100%. Membership confirms each one ACTIVE with a valid DURC today (type B or AB for a convenzione art. 5 or a reserved contract); if it cannot answer, nothing is written. */
  assignContract: Contract;
  /** The buyer awarded the tender (BID_SUBMITTED) to the consortium: records the contract and moves the tender to AWARDED. */
  awardTender: Contract;
  /** Suspends, reinstates, records the withdrawal (recesso) or the exclusion (esclusione) of a member. */
  changeCooperativeStatus: Cooperative;
  /** Moves a tender along its lifecycle (see TenderStatus); an illegal move is a CONFLICT naming the allowed ones. CONTRACT_SIGNED needs the contract assigned in full. */
  changeTenderStatus: Tender;
  createGroupPurchase: GroupPurchase;
  /** Records a tender the consortium follows; it starts as DRAFT. */
  createTender: Tender;
  /** The board's resolution on an application: ADMIT makes the cooperative ACTIVE and subscribes its share capital; REJECT closes it. */
  decideMembershipApplication: Cooperative;
  /** Records that a person leaves their cooperative (the record stays, with its end date). */
  endPerson: Person;
  /** Adds a member's order; membership confirms the cooperative ACTIVE, and if it cannot answer nothing is written. */
  placeGroupOrder: GroupPurchase;
  /** Records a DURC issued to a cooperative; its validity follows from the issue date. */
  recordDurc: Cooperative;
  /** Records a subscription of share capital or a payment of it; payments never exceed what is subscribed. */
  recordShareCapital: Cooperative;
};


export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


export type MutationApplyForMembershipArgs = {
  input: ApplyForMembershipInput;
};


export type MutationAssignContractArgs = {
  input: AssignContractInput;
};


export type MutationAwardTenderArgs = {
  input: AwardTenderInput;
};


export type MutationChangeCooperativeStatusArgs = {
  input: ChangeCooperativeStatusInput;
};


export type MutationChangeTenderStatusArgs = {
  input: ChangeTenderStatusInput;
};


export type MutationCreateGroupPurchaseArgs = {
  input: CreateGroupPurchaseInput;
};


export type MutationCreateTenderArgs = {
  input: CreateTenderInput;
};


export type MutationDecideMembershipApplicationArgs = {
  input: DecideMembershipApplicationInput;
};


export type MutationEndPersonArgs = {
  input: EndPersonInput;
};


export type MutationPlaceGroupOrderArgs = {
  input: PlaceGroupOrderInput;
};


export type MutationRecordDurcArgs = {
  input: RecordDurcInput;
};


export type MutationRecordShareCapitalArgs = {
  input: RecordShareCapitalInput;
};

/** Where a page of a list ends and whether more follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow: ask again with after set to endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A person working in or for a member cooperative. Personal data: visible to the consortium's staff, the person's own cooperative and inclusion operators. */
export type Person = {
  __typename?: 'Person';
  cooperative: Cooperative;
  endDate?: Maybe<Scalars['Date']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  role: PersonRole;
  startDate: Scalars['Date']['output'];
  /** Codice fiscale: 16 characters. */
  taxCode: Scalars['String']['output'];
};

/** A page of Person items. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The page's items, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The page's items. */
  nodes: Array<Person>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Person of a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Person;
};

export type PersonFilter = {
  /** true: only people who have not left; false: only those who have. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Array<PersonRole>>;
};

/** WORKER_MEMBER socio lavoratore; VOLUNTEER_MEMBER socio volontario (Law 381/1991 art. 2: at most half of the members, expenses only); EMPLOYEE dipendente. */
export type PersonRole =
  | 'EMPLOYEE'
  | 'VOLUNTEER_MEMBER'
  | 'WORKER_MEMBER';

/** A member orders units in an open group purchase; a manager orders for their own cooperative. */
export type PlaceGroupOrderInput = {
  cooperativeId: Scalars['ID']['input'];
  groupPurchaseId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The consortium's own compliance indicator, today. */
  consortiumCompliance: ConsortiumCompliance;
  /** A contract; null when absent or not visible to you. */
  contract?: Maybe<Contract>;
  /** Contracts won by the consortium, newest award first. A cooperative's manager sees those assigned to their cooperative. */
  contracts: ContractConnection;
  /** A cooperative; null when absent or not visible to you. */
  cooperative?: Maybe<Cooperative>;
  /** The consortium's members, former members and applicants, by name (partners and analysts see members and former members). */
  cooperatives: CooperativeConnection;
  groupPurchase?: Maybe<GroupPurchase>;
  /** Group purchases, latest closing first. */
  groupPurchases: GroupPurchaseConnection;
  /** A person; null when absent or not visible to you. */
  person?: Maybe<Person>;
  /** A tender; null when absent or not visible to you. */
  tender?: Maybe<Tender>;
  /** Tenders, by deadline. Drafts are visible to the consortium's staff only. */
  tenders: TenderConnection;
};


export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContractFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCooperativeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCooperativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CooperativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupPurchaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupPurchaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTenderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTendersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TenderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordDurcInput = {
  cooperativeId: Scalars['ID']['input'];
  issueDate: Scalars['Date']['input'];
  /** INPS/INAIL protocol number of the certificate. */
  protocolNumber?: InputMaybe<Scalars['String']['input']>;
};

export type RecordShareCapitalInput = {
  amount: Scalars['Decimal']['input'];
  cooperativeId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  kind: ShareCapitalEntryKind;
};

/** Share capital (capitale sociale) the cooperative has subscribed in the consortium, and how much of it is paid. */
export type ShareCapital = {
  __typename?: 'ShareCapital';
  /** Subscribed but not yet paid. */
  outstanding: Scalars['Decimal']['output'];
  paid: Scalars['Decimal']['output'];
  subscribed: Scalars['Decimal']['output'];
};

/** SUBSCRIPTION raises the subscribed capital; PAYMENT pays part of it. */
export type ShareCapitalEntryKind =
  | 'PAYMENT'
  | 'SUBSCRIPTION';

/** A status change of a cooperative, with who made it and when. */
export type StatusChange = {
  __typename?: 'StatusChange';
  changedAt: Scalars['DateTime']['output'];
  /** Subject of the token that made the change. */
  changedBy: Scalars['String']['output'];
  effectiveDate: Scalars['Date']['output'];
  fromStatus?: Maybe<CooperativeStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Number of the board resolution (delibera del CdA), where there is one. */
  resolutionNumber?: Maybe<Scalars['String']['output']>;
  toStatus: CooperativeStatus;
};

/** Gara: a tender the consortium follows or bids for. */
export type Tender = {
  __typename?: 'Tender';
  /** Base amount net of VAT (importo a base d'asta). */
  baseAmount: Scalars['Decimal']['output'];
  /** Who buys. */
  buyer: Buyer;
  /** CIG (codice identificativo gara, ANAC): 10 letters or digits. */
  cig: Scalars['String']['output'];
  /** The contract, once awarded; null before, or when you may not see it. */
  contract?: Maybe<Contract>;
  /** When the consortium recorded it. */
  createdAt: Scalars['DateTime']['output'];
  /** CUP (codice unico di progetto): 15 letters or digits. */
  cup?: Maybe<Scalars['String']['output']>;
  /** Last day for bids. */
  deadline: Scalars['Date']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Lots in order; empty when the tender is not divided into lots. */
  lots: Array<TenderLot>;
  /** Internal notes of the consortium's staff; null for everyone else. */
  notes?: Maybe<Scalars['String']['output']>;
  /** What it buys: works, services or supplies. */
  object: TenderObject;
  /** How the buyer awards it. */
  procedure: TenderProcedure;
  /** Where the tender stands, from draft to completed contract. */
  status: TenderStatus;
  /** Every status change, oldest first; null when you may not see it. */
  statusHistory?: Maybe<Array<TenderStatusChange>>;
  /** Title of the tender, as the buyer published it. */
  title: Scalars['String']['output'];
};

/** A page of Tender items. */
export type TenderConnection = {
  __typename?: 'TenderConnection';
  /** The page's items, each with its cursor. */
  edges: Array<TenderEdge>;
  /** The page's items. */
  nodes: Array<Tender>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Tender of a page, with its cursor. */
export type TenderEdge = {
  __typename?: 'TenderEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Tender;
};

/** Narrows the list; all given conditions must hold. */
export type TenderFilter = {
  /** The buyer: its codice fiscale, or part of its name in any case. */
  buyer?: InputMaybe<Scalars['String']['input']>;
  /** Deadline on or after this day. */
  deadlineFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Deadline on or before this day. */
  deadlineTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only tenders that buy one of these. */
  object?: InputMaybe<Array<TenderObject>>;
  /** Only tenders with one of these procedures. */
  procedure?: InputMaybe<Array<TenderProcedure>>;
  /** Part of the title, any case, or a CIG. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only tenders in one of these statuses. */
  status?: InputMaybe<Array<TenderStatus>>;
};

/** Lotto: a part of a tender, with its own base amount and, often, its own CIG. */
export type TenderLot = {
  __typename?: 'TenderLot';
  /** Base amount of the lot, net of VAT. */
  baseAmount: Scalars['Decimal']['output'];
  /** The lot's own CIG, where it has one. */
  cig?: Maybe<Scalars['String']['output']>;
  /** 1, 2, … in the tender's order. */
  number: Scalars['Int']['output'];
  /** What the lot covers. */
  title: Scalars['String']['output'];
};

export type TenderLotInput = {
  baseAmount: Scalars['Decimal']['input'];
  cig?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** What the tender buys: WORKS (lavori), SERVICES (servizi), SUPPLIES (forniture). */
export type TenderObject =
  | 'SERVICES'
  | 'SUPPLIES'
  | 'WORKS';

/** OPEN, RESTRICTED, NEGOTIATED, DIRECT_AWARD (affidamento diretto); CONVENZIONE_ART5 (Law 381/1991 art. 5: type B cooperatives, below the EU threshold); RESERVED_CONTRACT (D.Lgs. 36/2023 art. 61: type B cooperatives). */
export type TenderProcedure =
  | 'CONVENZIONE_ART5'
  | 'DIRECT_AWARD'
  | 'NEGOTIATED'
  | 'OPEN'
  | 'RESERVED_CONTRACT'
  | 'RESTRICTED';

/** DRAFT -> PUBLISHED -> BID_SUBMITTED -> AWARDED | LOST | WITHDRAWN; AWARDED -> CONTRACT_SIGNED -> COMPLETED. WITHDRAWN also from DRAFT and PUBLISHED. */
export type TenderStatus =
  | 'AWARDED'
  | 'BID_SUBMITTED'
  | 'COMPLETED'
  | 'CONTRACT_SIGNED'
  | 'DRAFT'
  | 'LOST'
  | 'PUBLISHED'
  | 'WITHDRAWN';

/** A status change of a tender, with who made it and when. */
export type TenderStatusChange = {
  __typename?: 'TenderStatusChange';
  changedAt: Scalars['DateTime']['output'];
  /** Subject of the token that made the change. */
  changedBy: Scalars['String']['output'];
  fromStatus?: Maybe<TenderStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: TenderStatus;
};

/** Who worked in a cooperative during a month, by headcount: everyone there on at least one day of it. */
export type Workforce = {
  __typename?: 'Workforce';
  employees: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  volunteerMembers: Scalars['Int']['output'];
  workerMembers: Scalars['Int']['output'];
  /** Worker members and employees: the workers of Law 381/1991 art. 4 (volunteers are not workers). */
  workers: Scalars['Int']['output'];
};

export type CooperativePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CooperativePageQuery = { __typename?: 'Query', cooperative?: { __typename?: 'Cooperative', id: string, name: string, taxCode: string, alboNumber?: string | null, type: CooperativeType, status: CooperativeStatus, municipality: string, province: string, region: string, atecoCodes: Array<string>, admissionDate?: string | null, durcValidUntil?: string | null, hasValidDurc?: boolean | null, shareCapital?: { __typename?: 'ShareCapital', subscribed: string, paid: string, outstanding: string } | null, people?: { __typename?: 'PersonConnection', totalCount: number, nodes: Array<{ __typename?: 'Person', id: string, firstName: string, lastName: string, role: PersonRole, startDate: string }> } | null, assignments?: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', sharePercent: string, amount: string, assignedOn: string, contract: { __typename?: 'Contract', id: string, value: string, startDate: string, endDate: string, tender: { __typename?: 'Tender', cig: string, title: string, procedure: TenderProcedure, buyer: { __typename?: 'Buyer', name: string } } } }> } | null } | null };

export type ConsortiumComplianceQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiumComplianceQuery = { __typename?: 'Query', consortiumCompliance: { __typename?: 'ConsortiumCompliance', members: number, socialCooperatives: number, ratio: string, threshold: string, compliant: boolean, byType: Array<{ __typename?: 'MembersByType', type: CooperativeType, count: number }> } };

export type CooperativeDirectoryQueryVariables = Exact<{
  type?: InputMaybe<Array<CooperativeType> | CooperativeType>;
  province?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CooperativeDirectoryQuery = { __typename?: 'Query', cooperatives: { __typename?: 'CooperativeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Cooperative', id: string, name: string, type: CooperativeType, municipality: string, province: string, region: string, atecoCodes: Array<string> }> } };

export type ContractsWithAssigneesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ContractsWithAssigneesQuery = { __typename?: 'Query', contracts: { __typename?: 'ContractConnection', totalCount: number, nodes: Array<{ __typename?: 'Contract', id: string, value: string, startDate: string, endDate: string, assignedPercent: string, tender: { __typename?: 'Tender', cig: string, title: string, status: TenderStatus }, assignments: { __typename?: 'AssignmentConnection', nodes: Array<{ __typename?: 'Assignment', sharePercent: string, amount: string, cooperative: { __typename?: 'Cooperative', id: string, name: string, province: string } }> } }> } };

export type TendersByStatusQueryVariables = Exact<{
  status?: InputMaybe<Array<TenderStatus> | TenderStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TendersByStatusQuery = { __typename?: 'Query', tenders: { __typename?: 'TenderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Tender', id: string, cig: string, cup?: string | null, title: string, object: TenderObject, procedure: TenderProcedure, baseAmount: string, deadline: string, status: TenderStatus, buyer: { __typename?: 'Buyer', name: string, kind: BuyerKind }, lots: Array<{ __typename?: 'TenderLot', number: number, title: string, baseAmount: string }> }> } };


export const CooperativePageDocument = {"__meta__":{"hash":"eb243913bc03ad2260a4fd0f42ef9b6beb8dce4f92cad6055c2ab7a045f46d41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"alboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"atecoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"durcValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasValidDurc"}},{"kind":"Field","name":{"kind":"Name","value":"shareCapital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativePageQuery, CooperativePageQueryVariables>;
export const ConsortiumComplianceDocument = {"__meta__":{"hash":"c10643d1e704996f53b0af617c97ddf0e56953ffa445218a66042d42db1c690d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"socialCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ConsortiumComplianceQuery, ConsortiumComplianceQueryVariables>;
export const CooperativeDirectoryDocument = {"__meta__":{"hash":"6486d7bf46ff7213683f6c21308e95b55ca1f174796f94b135d734bde38201ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"atecoCodes"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeDirectoryQuery, CooperativeDirectoryQueryVariables>;
export const ContractsWithAssigneesDocument = {"__meta__":{"hash":"c7542443be2f9cdc4ff6020d8c16b634f8005ad096c5ca1b5664a230e00bcdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsWithAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"assignedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsWithAssigneesQuery, ContractsWithAssigneesQueryVariables>;
export const TendersByStatusDocument = {"__meta__":{"hash":"adb5adeb6c2be46c7cde0a9b339bbb149467c13c44abeafb35bc38ebe950b78b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TendersByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TendersByStatusQuery, TendersByStatusQueryVariables>;