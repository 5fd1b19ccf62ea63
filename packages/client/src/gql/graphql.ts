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
  /** An exact amount or percentage written as a string, e.g. "1234.50": at most two decimals and 12 digits before the point. */
  Decimal: { input: string; output: string; }
  /** An exact rate or ratio written as a string, e.g. "4.125" or "0.7059": at most six decimals and 3 digits before the point. */
  Rate: { input: string; output: string; }
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

/** Records a periodic review of a placement's individual plan. */
export type AddPlanReviewInput = {
  /** The day of the review: not in the future, within the placement. */
  date: Scalars['Date']['input'];
  placementId: Scalars['ID']['input'];
  /** How the person is progressing towards the plan's goals. */
  progressNote: Scalars['String']['input'];
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

/** Training figures of the courses of one area. */
export type AreaStats = {
  __typename?: 'AreaStats';
  area: TrainingArea;
  /** Hours attended, by all of them together. */
  attendedHours: Scalars['Decimal']['output'];
  /** Certificates issued. */
  certificates: Scalars['Int']['output'];
  /** Courses started in the year. */
  courses: Scalars['Int']['output'];
  /** Funding granted for those courses, in euro. */
  fundingAmount: Scalars['Decimal']['output'];
  /** Enrolments holding a seat (ENROLLED). */
  participants: Scalars['Int']['output'];
  /** Enrolments waiting for a seat (WAITLISTED). */
  waiting: Scalars['Int']['output'];
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

/** Presenza: the hours an enrolled participant attended one session. */
export type Attendance = {
  __typename?: 'Attendance';
  enrolment: Enrolment;
  /** Every recording, the first and each correction, oldest first. */
  history: Array<AttendanceChange>;
  /** Hours attended, at most the session's. */
  hours: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it last. */
  recordedBy: Scalars['String']['output'];
  session: CourseSession;
};

/** A recording of an attendance: the first, or a correction with the hours before and why. */
export type AttendanceChange = {
  __typename?: 'AttendanceChange';
  changedAt: Scalars['DateTime']['output'];
  /** Who recorded it (the subject of their token). */
  changedBy: Scalars['String']['output'];
  hours: Scalars['Decimal']['output'];
  /** Hours before this recording; null for the first. */
  previousHours?: Maybe<Scalars['Decimal']['output']>;
  /** Why it was corrected; null for the first recording. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Narrows the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** Reads by this token subject. */
  actorSub?: InputMaybe<Scalars['String']['input']>;
  /** Reads at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reads of this placement or plan. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordType?: InputMaybe<AuditedRecordType>;
  /** Reads before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One read of a placement or a plan: who, when, which record, by which operation. Audit records cannot be changed or removed. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** The cooperative of a cooperative's manager. */
  actorCoopId?: Maybe<Scalars['ID']['output']>;
  /** The reader's role. */
  actorRole: Scalars['String']['output'];
  /** Who read it: the subject of their token. */
  actorSub: Scalars['String']['output'];
  /** When the record was read. */
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The operation's name, when it has one. */
  operationName?: Maybe<Scalars['String']['output']>;
  /** query or mutation. */
  operationType: Scalars['String']['output'];
  /** Where in the answer the record was read, e.g. placements.nodes.3. */
  path: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  recordType: AuditedRecordType;
  /** The gateway's request id. */
  requestId: Scalars['String']['output'];
};

/** A page of AuditRecord items. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The page's items, each with its cursor. */
  edges: Array<AuditRecordEdge>;
  /** The page's items. */
  nodes: Array<AuditRecord>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AuditRecord of a page, with its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditRecord;
};

/** PLACEMENT a work placement; PLAN an individual plan with its reviews. */
export type AuditedRecordType =
  | 'PLACEMENT'
  | 'PLAN';

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

/** Where a member cooperative receives its invoices. */
export type BillingDetails = {
  __typename?: 'BillingDetails';
  /** CAP. */
  postcode: Scalars['String']['output'];
  /** SDI recipient code (codice destinatario). */
  recipientCode: Scalars['String']['output'];
  street: Scalars['String']['output'];
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

/** Cancels an enrolment; a freed seat goes to the first on the waiting list. */
export type CancelEnrolmentInput = {
  enrolmentId: Scalars['ID']['input'];
  /** Why, for the enrolment's history. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Attestato di frequenza: issued when a participant's attended hours reach the course's threshold, once per enrolment. */
export type Certificate = {
  __typename?: 'Certificate';
  course: Course;
  enrolment: Enrolment;
  /** Hours attended when it was issued. */
  hours: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  /** The day it was issued: the day attendance reached the threshold. */
  issuedOn: Scalars['Date']['output'];
  /** Numbered per year without gaps, e.g. "2026/0001". */
  number: Scalars['String']['output'];
  /** Who it was issued to (resolved by membership). */
  person: Person;
  /** The mandatory safety training it certifies, if any. */
  safetyTraining?: Maybe<SafetyTrainingKind>;
  /** For safety training that must be renewed: the last day it is valid. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  year: Scalars['Int']['output'];
};

/** A page of Certificate items. */
export type CertificateConnection = {
  __typename?: 'CertificateConnection';
  /** The page's items, each with its cursor. */
  edges: Array<CertificateEdge>;
  /** The page's items. */
  nodes: Array<Certificate>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Certificate of a page, with its cursor. */
export type CertificateEdge = {
  __typename?: 'CertificateEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Certificate;
};

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
  ratio: Scalars['Rate']['output'];
  /** Members of type A, B, AB or CONSORTIUM. */
  socialCooperatives: Scalars['Int']['output'];
  /** The least share the law requires, from dated configuration. */
  threshold: Scalars['Rate']['output'];
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
  /** Quota consortile: the contract's value times the consortium fee rate in force on its start date, rounded half up to the cent; its assignees bear it in proportion to their amounts. Null when you may not see it or no rate applies. */
  consortiumFee?: Maybe<Scalars['Decimal']['output']>;
  /** The consortium fee rate in percent applied to this contract; null when you may not see it or none applies. */
  consortiumFeeRate?: Maybe<Scalars['Decimal']['output']>;
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
  /** Where it receives its invoices; null when none are on file or you may not see them. */
  billingDetails?: Maybe<BillingDetails>;
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
  /** The 30% rule (Law 381/1991 art. 4) in a month (YYYY-MM): binding for type B and AB cooperatives, information for others. Null when you may not see it (staff, inclusion operators, services and the cooperative's own manager may). */
  inclusionCompliance?: Maybe<InclusionCompliance>;
  /** Invoices and credit notes addressed to it, newest first; null when you may not see them. */
  invoices?: Maybe<InvoiceConnection>;
  /** Its loans from the fund, newest first; null when you may not see them. */
  loans?: Maybe<LoanConnection>;
  /** Municipality of the registered seat. */
  municipality: Scalars['String']['output'];
  /** Legal name (ragione sociale). */
  name: Scalars['String']['output'];
  /** What it owes the fund: the principal of its loans not yet repaid (payments settle each instalment's interest first). Invoices are not counted: their payment is not recorded here. Null when you may not see it. */
  outstandingDebt?: Maybe<Scalars['Decimal']['output']>;
  /** The cooperative's people, by name; null when you may not see them. */
  people?: Maybe<PersonConnection>;
  /** Work placements in the cooperative, newest first; null unless you may read them. Every placement read is audited. */
  placements?: Maybe<PlacementConnection>;
  /** Two-letter province code of the seat, e.g. MI. */
  province: Scalars['String']['output'];
  /** Region of the seat, from its province, e.g. Lombardia. */
  region: Scalars['String']['output'];
  /** Its risk class for safety training today; null when not recorded or not visible to you. */
  safetyRiskLevel?: Maybe<SafetyRiskLevel>;
  /** Null when you may not see it. */
  shareCapital?: Maybe<ShareCapital>;
  /** Where it stands in the consortium: applicant, member (active or suspended), former member. */
  status: CooperativeStatus;
  /** Every status change, oldest first; null when you may not see it. */
  statusHistory?: Maybe<Array<StatusChange>>;
  /** Codice fiscale / partita IVA: 11 digits. */
  taxCode: Scalars['String']['output'];
  /** Hours its people attended at sessions held in the year; null when you may not see them (staff, analysts, its manager). */
  trainingHours?: Maybe<Scalars['Decimal']['output']>;
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
export type CooperativeInclusionComplianceArgs = {
  month: Scalars['String']['input'];
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativePeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the consortium: a social cooperative, a member consortium or another body. */
export type CooperativeTrainingHoursArgs = {
  year: Scalars['Int']['input'];
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

/** Corso: a course of the consortium's training plan for the people of its member cooperatives. */
export type Course = {
  __typename?: 'Course';
  /** Subject area. */
  area: TrainingArea;
  /** Percent of the course hours a participant must attend for the certificate. */
  attendanceThreshold: Scalars['Int']['output'];
  /** What the course teaches. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day of the course; no enrolment after it. */
  endDate: Scalars['Date']['output'];
  /** Its enrolments in request order: all for staff, their own people's for a cooperative's manager; null for anyone else. */
  enrolments?: Maybe<EnrolmentConnection>;
  /** Amount granted by the funder, in euro; null when self-funded. */
  fundingAmount?: Maybe<Scalars['Decimal']['output']>;
  /** Avviso: the funding notice; null when self-funded. */
  fundingNotice?: Maybe<Scalars['String']['output']>;
  /** Who pays for the course. */
  fundingSource: FundingSource;
  /** Total hours: the sum of its sessions' hours. */
  hours: Scalars['Decimal']['output'];
  /** The course's id. */
  id: Scalars['ID']['output'];
  /** In person, online or blended. */
  mode: CourseMode;
  /** Hours a participant must attend for the certificate: the threshold's share of the hours, rounded up to the hundredth. */
  requiredHours: Scalars['Decimal']['output'];
  /** The mandatory safety training the course gives, if any. */
  safetyTraining?: Maybe<SafetyTrainingKind>;
  /** Seats on offer. */
  seats: Scalars['Int']['output'];
  /** Seats still free. */
  seatsLeft: Scalars['Int']['output'];
  /** Seats taken by ENROLLED participants; never more than seats. */
  seatsTaken: Scalars['Int']['output'];
  /** Its sessions in date order. */
  sessions: Array<CourseSession>;
  /** First day of the course. */
  startDate: Scalars['Date']['output'];
  /** Title of the course. */
  title: Scalars['String']['output'];
  /** Where it is held; null for an online course. */
  venue?: Maybe<Scalars['String']['output']>;
  /** How many people wait for a seat. */
  waitingListLength: Scalars['Int']['output'];
};


/** Corso: a course of the consortium's training plan for the people of its member cooperatives. */
export type CourseEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrolmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Course items. */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** The page's items, each with its cursor. */
  edges: Array<CourseEdge>;
  /** The page's items. */
  nodes: Array<Course>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Course of a page, with its cursor. */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Course;
};

/** Training figures of a group of courses started in the year. */
export type CourseFigures = {
  __typename?: 'CourseFigures';
  /** Hours attended, by all of them together. */
  attendedHours: Scalars['Decimal']['output'];
  /** Certificates issued. */
  certificates: Scalars['Int']['output'];
  /** Courses started in the year. */
  courses: Scalars['Int']['output'];
  /** Funding granted for those courses, in euro. */
  fundingAmount: Scalars['Decimal']['output'];
  /** Enrolments holding a seat (ENROLLED). */
  participants: Scalars['Int']['output'];
  /** Enrolments waiting for a seat (WAITLISTED). */
  waiting: Scalars['Int']['output'];
};

/** Narrows the catalogue; all given conditions must hold. */
export type CourseFilter = {
  /** Courses of these areas. */
  area?: InputMaybe<Array<TrainingArea>>;
  /** Courses paid by these sources. */
  fundingSource?: InputMaybe<Array<FundingSource>>;
  /** true: courses that have not ended (they take enrolments); false: ended ones. */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Safety courses of these kinds. */
  safetyTraining?: InputMaybe<Array<SafetyTrainingKind>>;
  /** Courses starting on or after this day. */
  startsFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Courses starting on or before this day. */
  startsTo?: InputMaybe<Scalars['Date']['input']>;
};

/** IN_PERSON or BLENDED (with a venue), or ONLINE. */
export type CourseMode =
  | 'BLENDED'
  | 'IN_PERSON'
  | 'ONLINE';

/** Lezione: one session of a course, on one day. */
export type CourseSession = {
  __typename?: 'CourseSession';
  /** The day of the session. */
  date: Scalars['Date']['output'];
  /** Hours of the session. */
  hours: Scalars['Decimal']['output'];
  /** The session's id, to record attendance against. */
  id: Scalars['ID']['output'];
  /** 1, 2, 3... in date order. */
  number: Scalars['Int']['output'];
};

/** One session of a new course. */
export type CourseSessionInput = {
  /** Its day, between the course's start and end. */
  date: Scalars['Date']['input'];
  /** Its hours, e.g. "4.00". */
  hours: Scalars['Decimal']['input'];
};

/** A new course with its sessions: their hours add up to the course's hours. */
export type CreateCourseInput = {
  area: TrainingArea;
  /** Percent of the hours to attend for the certificate; by default the consortium's rule (70%), or the legal minimum (90%) for safety training. */
  attendanceThreshold?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  /** Amount granted, in euro: required unless SELF_FUNDED. */
  fundingAmount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Avviso: required unless SELF_FUNDED. */
  fundingNotice?: InputMaybe<Scalars['String']['input']>;
  fundingSource: FundingSource;
  /** Total hours; the sessions' hours must add up to them. */
  hours: Scalars['Decimal']['input'];
  mode: CourseMode;
  /** For a mandatory safety course (area SAFETY): the kind of training it gives. */
  safetyTraining?: InputMaybe<SafetyTrainingKind>;
  seats: Scalars['Int']['input'];
  sessions: Array<CourseSessionInput>;
  startDate: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  /** Required unless ONLINE. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

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

/** Persone svantaggiate of Law 381/1991 art. 4 c. 1, certified by a public administration. */
export type DisadvantageCategory =
  /** Tossicodipendenti e alcolisti: people with a drug or alcohol addiction. */
  | 'ADDICTION'
  /** Ex degenti di ospedali psichiatrici, anche giudiziari: former patients of psychiatric hospitals, judicial ones included. */
  | 'FORMER_PSYCHIATRIC_PATIENT'
  /** Invalidi psichici: people with a mental or intellectual disability. */
  | 'MENTAL_DISABILITY'
  /** Minori in età lavorativa in situazioni di difficoltà familiare: minors of working age in family difficulty. */
  | 'MINOR_IN_FAMILY_DIFFICULTY'
  /** Invalidi fisici: people with a physical disability. */
  | 'PHYSICAL_DISABILITY'
  /** Detenuti o internati, condannati e internati ammessi alle misure alternative o al lavoro all'esterno (art. 21 Law 354/1975). */
  | 'PRISONER_OR_ALTERNATIVE_MEASURE'
  /** Soggetti in trattamento psichiatrico: people in psychiatric treatment. */
  | 'PSYCHIATRIC_TREATMENT'
  /** Invalidi sensoriali: people with a sensory disability. */
  | 'SENSORY_DISABILITY';

/** INVOICE: fattura (FatturaPA TD01); CREDIT_NOTE: nota di credito (TD04), which corrects an issued invoice. */
export type DocumentType =
  | 'CREDIT_NOTE'
  | 'INVOICE';

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

/** Ends a placement with its outcome. */
export type EndPlacementInput = {
  /** Not in the future, not before the start. */
  endDate: Scalars['Date']['input'];
  outcome: PlacementOutcome;
  placementId: Scalars['ID']['input'];
};

/** Enrols a person of a member cooperative on a course: a seat while seats last, else a place on the waiting list. */
export type EnrolInput = {
  courseId: Scalars['ID']['input'];
  /** Membership's id of the person. */
  personId: Scalars['ID']['input'];
};

/** Iscrizione: a person of a member cooperative on a course, holding a seat or waiting for one. */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** Its attendance, session by session (a course has few sessions). */
  attendance: Array<Attendance>;
  /** Hours attended so far. */
  attendedHours: Scalars['Decimal']['output'];
  /** Its certificate, once attended hours reached the threshold. */
  certificate?: Maybe<Certificate>;
  /** The person's cooperative when they were enrolled (resolved by membership). */
  cooperative: Cooperative;
  course: Course;
  id: Scalars['ID']['output'];
  /** The person enrolled (resolved by membership). */
  person: Person;
  /** This course's request number: requests are served in this order. */
  requestNumber: Scalars['Int']['output'];
  /** When the request was taken, in the order requests were served. */
  requestedAt: Scalars['DateTime']['output'];
  /** Hours to attend for the certificate. */
  requiredHours: Scalars['Decimal']['output'];
  status: EnrolmentStatus;
  /** Every status change, oldest first. */
  statusHistory: Array<EnrolmentStatusChange>;
  /** Place on the waiting list, 1 being next to get a seat; null unless WAITLISTED. */
  waitingListPosition?: Maybe<Scalars['Int']['output']>;
};

/** A page of Enrolment items. */
export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  /** The page's items, each with its cursor. */
  edges: Array<EnrolmentEdge>;
  /** The page's items. */
  nodes: Array<Enrolment>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Enrolment of a page, with its cursor. */
export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Enrolment;
};

/** Narrows a list of enrolments. */
export type EnrolmentFilter = {
  status?: InputMaybe<Array<EnrolmentStatus>>;
};

/** ENROLLED holds a seat; WAITLISTED waits for one, in order of request; CANCELLED is kept as history. */
export type EnrolmentStatus =
  | 'CANCELLED'
  | 'ENROLLED'
  | 'WAITLISTED';

/** A status change of an enrolment, with who made it and when. */
export type EnrolmentStatusChange = {
  __typename?: 'EnrolmentStatusChange';
  changedAt: Scalars['DateTime']['output'];
  /** Who made the change (the subject of their token). */
  changedBy: Scalars['String']['output'];
  fromStatus?: Maybe<EnrolmentStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: EnrolmentStatus;
};

/** A customer that is not a member cooperative. */
export type ExternalCustomerInput = {
  municipality: Scalars['String']['input'];
  /** Legal name (denominazione), at most 80 characters. */
  name: Scalars['String']['input'];
  /** Two-letter province code. */
  province: Scalars['String']['input'];
  /** A public administration: the invoice is FPA12, carries the CIG and is under split payment. */
  publicAdministration?: Scalars['Boolean']['input'];
  /** Codice fiscale: 11 digits (a company or body; for a company also its partita IVA) or 16 characters (a person). */
  taxCode: Scalars['String']['input'];
};

/** A period for which consortium fees were invoiced to the assignees of contracts in execution; periods never overlap. */
export type FeePeriod = {
  __typename?: 'FeePeriod';
  fromDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** One invoice per cooperative that owed fees for the period. */
  invoices: Array<Invoice>;
  issuedAt: Scalars['DateTime']['output'];
  toDate: Scalars['Date']['output'];
};

/** A page of FeePeriod items. */
export type FeePeriodConnection = {
  __typename?: 'FeePeriodConnection';
  /** The page's items, each with its cursor. */
  edges: Array<FeePeriodEdge>;
  /** The page's items. */
  nodes: Array<FeePeriod>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A FeePeriod of a page, with its cursor. */
export type FeePeriodEdge = {
  __typename?: 'FeePeriodEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: FeePeriod;
};

/** The consortium's finances in aggregate: no single cooperative's records. */
export type FinanceStats = {
  __typename?: 'FinanceStats';
  /** Consortium fees invoiced in the year, net of VAT, less their credit notes. */
  consortiumFees: Scalars['Decimal']['output'];
  /** Invoices and credit notes issued in the year: their numbers run 1 to this, without gaps. */
  documentsIssued: Scalars['Int']['output'];
  /** The fund's balance today. */
  fundBalance: Scalars['Decimal']['output'];
  /** Contributions to the fund dated in the year. */
  fundContributions: Scalars['Decimal']['output'];
  /** Everything invoiced in the year, less credit notes. */
  invoiced: InvoicedTotals;
  /** The loan portfolio today. */
  loanPortfolio: LoanPortfolio;
  /** Membership fees recorded for the year. */
  membershipFees: Scalars['Decimal']['output'];
  year: Scalars['Int']['output'];
};

/** Fondo di sostegno e rilancio: fed by contributions, it lends to member cooperatives; repayments return to it. */
export type Fund = {
  __typename?: 'Fund';
  balance: Scalars['Decimal']['output'];
  /** Movements, newest first. */
  movements: FundMovementConnection;
};


/** Fondo di sostegno e rilancio: fed by contributions, it lends to member cooperatives; repayments return to it. */
export type FundMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A movement of the fund, with the balance it left. */
export type FundMovement = {
  __typename?: 'FundMovement';
  /** Positive into the fund, negative out of it. */
  amount: Scalars['Decimal']['output'];
  balanceAfter: Scalars['Decimal']['output'];
  /** Who contributed, when not a member cooperative. */
  contributor?: Maybe<Scalars['String']['output']>;
  /** The contributing or borrowing member cooperative. */
  cooperative?: Maybe<Cooperative>;
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: FundMovementKind;
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

/** A page of FundMovement items. */
export type FundMovementConnection = {
  __typename?: 'FundMovementConnection';
  /** The page's items, each with its cursor. */
  edges: Array<FundMovementEdge>;
  /** The page's items. */
  nodes: Array<FundMovement>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A FundMovement of a page, with its cursor. */
export type FundMovementEdge = {
  __typename?: 'FundMovementEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: FundMovement;
};

/** CONTRIBUTION and LOAN_REPAYMENT into the fund, LOAN_GRANTED out of it. */
export type FundMovementKind =
  | 'CONTRIBUTION'
  | 'LOAN_GRANTED'
  | 'LOAN_REPAYMENT';

/** Who pays for a course: FONCOOP (the interprofessional training fund of cooperative enterprises), FSE_PLUS (a regional programme of the European Social Fund Plus), REGION, or SELF_FUNDED. */
export type FundingSource =
  | 'FONCOOP'
  | 'FSE_PLUS'
  | 'REGION'
  | 'SELF_FUNDED';

/** Training figures of the courses one funding source paid for. */
export type FundingSourceStats = {
  __typename?: 'FundingSourceStats';
  /** Hours attended, by all of them together. */
  attendedHours: Scalars['Decimal']['output'];
  /** Certificates issued. */
  certificates: Scalars['Int']['output'];
  /** Courses started in the year. */
  courses: Scalars['Int']['output'];
  /** Funding granted for those courses, in euro. */
  fundingAmount: Scalars['Decimal']['output'];
  fundingSource: FundingSource;
  /** Enrolments holding a seat (ENROLLED). */
  participants: Scalars['Int']['output'];
  /** Enrolments waiting for a seat (WAITLISTED). */
  waiting: Scalars['Int']['output'];
};

/** Grants a loan from the fund to an ACTIVE member cooperative: its schedule is fixed at once. */
export type GrantLoanInput = {
  /** Nominal annual rate in percent, at most four decimals, e.g. "4.125"; "0" for an interest-free loan. */
  annualRate: Scalars['Rate']['input'];
  cooperativeId: Scalars['ID']['input'];
  /** At most two decimals. */
  principal: Scalars['Decimal']['input'];
  /** Disbursement date; today when omitted. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  termMonths: Scalars['Int']['input'];
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

/** The 30% rule of Law 381/1991 art. 4 for one cooperative and month: at least 30% of the workers must be disadvantaged persons, counted by headcount over the month. */
export type InclusionCompliance = {
  __typename?: 'InclusionCompliance';
  /** Whether disadvantagedWorkers is at least the required share of workers, computed exactly (disadvantaged x 100 >= 30 x workers). No workers: not compliant. */
  compliant: Scalars['Boolean']['output'];
  cooperative: Cooperative;
  /** Distinct persons with an EMPLOYMENT placement in the cooperative active on at least one day of the month. Trainees with a stipend (borsa lavoro, tirocinio) are not workers and do not count. */
  disadvantagedWorkers: Scalars['Int']['output'];
  /** How far from the line. When compliant, zero or more: how many disadvantaged workers could leave (each leaving both counts) with the cooperative still compliant; 0 means one more such departure breaks the rule. When not compliant, negative: minus the number of disadvantaged persons it must hire as workers (each joining both counts) to comply; with no workers, -1. */
  margin: Scalars['Int']['output'];
  /** YYYY-MM. */
  month: Scalars['String']['output'];
  /** disadvantagedWorkers / workers as a fraction with four decimals, rounded down (e.g. "0.3000"); null when there are no workers. */
  ratio?: Maybe<Scalars['Rate']['output']>;
  /** The least share in force for the month, as a fraction (e.g. "0.3000"). */
  requiredRatio: Scalars['Rate']['output'];
  /** Worker members and employees present on at least one day of the month, by headcount (membership's count). Volunteer members are not workers. */
  workers: Scalars['Int']['output'];
};

/** A page of InclusionCompliance items. */
export type InclusionComplianceConnection = {
  __typename?: 'InclusionComplianceConnection';
  /** The page's items, each with its cursor. */
  edges: Array<InclusionComplianceEdge>;
  /** The page's items. */
  nodes: Array<InclusionCompliance>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A InclusionCompliance of a page, with its cursor. */
export type InclusionComplianceEdge = {
  __typename?: 'InclusionComplianceEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: InclusionCompliance;
};

/** Aggregate statistics of work placements (special-category data, GDPR art. 9) for a year: one table of people by province, cooperative type and category, with no totals, every cell under smallestCell people suppressed. */
export type InclusionStats = {
  __typename?: 'InclusionStats';
  /** Every category for each province and cooperative type where someone was placed, ordered by province, type and category. */
  cells: Array<InclusionStatsCell>;
  /** Cells with fewer people than this are suppressed. */
  smallestCell: Scalars['Int']['output'];
  /** The calendar year: persons with a placement active on at least one day of it. */
  year: Scalars['Int']['output'];
};

/** One cell of the placement statistics: distinct persons placed in the year in cooperatives of one type in one province, of one category. */
export type InclusionStatsCell = {
  __typename?: 'InclusionStatsCell';
  /** Category of disadvantage (Law 381/1991 art. 4). */
  category: DisadvantageCategory;
  /** The cooperative's type when the placement started. */
  cooperativeType: CooperativeType;
  /** Distinct persons; null when the cell is suppressed. */
  people?: Maybe<Scalars['Int']['output']>;
  /** Two-letter province code of the cooperative's seat when the placement started. */
  province: Scalars['String']['output'];
  /** True when fewer people than smallestCell are in the cell (none included): its number is not published. */
  suppressed: Scalars['Boolean']['output'];
};

/** Progetto personalizzato: the individual plan of a placement, its goals and reviews. Every read is audited. */
export type IndividualPlan = {
  __typename?: 'IndividualPlan';
  /** When the plan was drawn up. */
  createdAt: Scalars['DateTime']['output'];
  /** The goals agreed at the start, in order. */
  goals: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Its reviews, oldest first. */
  reviews: Array<PlanReview>;
};

/** OVERDUE: due before today and not paid in full. */
export type InstalmentStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTLY_PAID';

/** Fattura or nota di credito issued by the consortium, numbered per year without gaps. Never edited once issued. */
export type Invoice = {
  __typename?: 'Invoice';
  /** What the customer pays the consortium: the gross, less the VAT under split payment. */
  amountDue: Scalars['Decimal']['output'];
  /** CIG of the contract a public administration is invoiced for. */
  cig?: Maybe<Scalars['String']['output']>;
  /** The member cooperative invoiced (resolved by membership); null for an external client. */
  cooperative?: Maybe<Cooperative>;
  /** The invoice a credit note corrects. */
  corrects?: Maybe<Invoice>;
  /** The credit notes that correct this invoice. */
  creditNotes: Array<Invoice>;
  /** CUP of the project, when the contract has one. */
  cup?: Maybe<Scalars['String']['output']>;
  customer: InvoiceCustomer;
  documentType: DocumentType;
  /** FatturaPA TipoDocumento: TD01 invoice, TD04 credit note. */
  documentTypeCode: Scalars['String']['output'];
  /** The day payment is due. */
  dueDate: Scalars['Date']['output'];
  /** The invoice as a FatturaPA XML document (FPA12 for a public administration, FPR12 otherwise), for the Sistema di Interscambio. */
  fatturaPA: Scalars['String']['output'];
  /** The number as printed and sent: number/year, e.g. "17/2026". */
  fullNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issueDate: Scalars['Date']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<InvoiceLine>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Progressive number within the year, from 1, without gaps. */
  number: Scalars['Int']['output'];
  purpose: InvoicePurpose;
  /** Scissione dei pagamenti (art. 17-ter DPR 633/72): the public administration pays the VAT to the Treasury, not to the consortium. */
  splitPayment: Scalars['Boolean']['output'];
  /** Imposta di bollo paid by the consortium (virtual stamp), 0.00 when not due. */
  stampDuty: Scalars['Decimal']['output'];
  totals: InvoiceTotals;
  /** The VAT summary: one row per rate or nature. */
  vatSummary: Array<VatSummaryRow>;
  year: Scalars['Int']['output'];
};

/** A page of Invoice items. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The page's items, each with its cursor. */
  edges: Array<InvoiceEdge>;
  /** The page's items. */
  nodes: Array<Invoice>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The customer as the invoice names it, as it was on the day of issue. */
export type InvoiceCustomer = {
  __typename?: 'InvoiceCustomer';
  municipality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** CAP. */
  postcode: Scalars['String']['output'];
  province: Scalars['String']['output'];
  /** A public administration: FatturaPA FPA12, CIG, split payment. */
  publicAdministration: Scalars['Boolean']['output'];
  /** SDI recipient code: 6 characters for a public administration, 7 otherwise. */
  recipientCode: Scalars['String']['output'];
  street: Scalars['String']['output'];
  /** Codice fiscale: 11 digits, or 16 characters for a person. */
  taxCode: Scalars['String']['output'];
  /** Partita IVA, when the customer has one. */
  vatNumber?: Maybe<Scalars['String']['output']>;
};

/** Who is invoiced: a member cooperative (cooperativeId) or an external client (external), exactly one of them. */
export type InvoiceCustomerInput = {
  /** A member cooperative: its name, codice fiscale and seat are membership's. */
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  external?: InputMaybe<ExternalCustomerInput>;
  /** CAP of the billing address. */
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** SDI recipient code: a public administration's 6-character office code, otherwise 7 characters (0000000 when omitted). */
  recipientCode?: InputMaybe<Scalars['String']['input']>;
  /** Street and number of the billing address; for a member cooperative, its billing details on file when omitted. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A Invoice of a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Invoice;
};

/** Narrows the list; all given conditions must hold. */
export type InvoiceFilter = {
  /** Invoices to this member cooperative. */
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  documentType?: InputMaybe<DocumentType>;
  /** Issued on or after this day. */
  issuedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Issued on or before this day. */
  issuedTo?: InputMaybe<Scalars['Date']['input']>;
  purpose?: InputMaybe<InvoicePurpose>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** One line of an invoice. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  description: Scalars['String']['output'];
  /** The law that exempts or excludes the line. */
  legalReference?: Maybe<Scalars['String']['output']>;
  /** quantity x unitPrice, rounded half up to the cent. */
  lineTotal: Scalars['Decimal']['output'];
  /** 1, 2, 3... within the invoice. */
  position: Scalars['Int']['output'];
  quantity: Scalars['Decimal']['output'];
  /** Price of one unit net of VAT. */
  unitPrice: Scalars['Decimal']['output'];
  /** The VAT code of the line (STANDARD, REDUCED_10, SOCIAL_5, EXEMPT_ART10, EXCLUDED_ART15). */
  vatCode: Scalars['String']['output'];
  /** FatturaPA Natura when no VAT is charged (N1 excluded, N4 exempt). */
  vatNature?: Maybe<Scalars['String']['output']>;
  /** VAT percentage; 0.00 with a nature. */
  vatPercent: Scalars['Decimal']['output'];
};

export type InvoiceLineInput = {
  description: Scalars['String']['input'];
  /** At most two decimals, e.g. "12.50". */
  quantity: Scalars['Decimal']['input'];
  /** Price of one unit net of VAT, at most two decimals. */
  unitPrice: Scalars['Decimal']['input'];
  /** A VAT code in force on the issue date: STANDARD (22%), REDUCED_10, SOCIAL_5, EXEMPT_ART10 (N4), EXCLUDED_ART15 (N1). */
  vatCode: Scalars['String']['input'];
};

/** GENERAL, or CONSORTIUM_FEE: the consortium fee on assigned contracts for a period. */
export type InvoicePurpose =
  | 'CONSORTIUM_FEE'
  | 'GENERAL';

/** Net, VAT and gross of an invoice, exact to the cent: net + vat = gross. */
export type InvoiceTotals = {
  __typename?: 'InvoiceTotals';
  gross: Scalars['Decimal']['output'];
  /** Sum of the line totals. */
  net: Scalars['Decimal']['output'];
  /** VAT, computed per rate on the sum of that rate's lines and rounded half up to the cent. */
  vat: Scalars['Decimal']['output'];
};

/** Net, VAT and gross of a set of documents: invoices less credit notes. */
export type InvoicedTotals = {
  __typename?: 'InvoicedTotals';
  gross: Scalars['Decimal']['output'];
  net: Scalars['Decimal']['output'];
  vat: Scalars['Decimal']['output'];
};

/** Issues a credit note (nota di credito, TD04) that corrects an issued invoice. */
export type IssueCreditNoteInput = {
  invoiceId: Scalars['ID']['input'];
  /** Today when omitted. */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  /** What is credited; the whole invoice when omitted. */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Why the invoice is corrected, printed on the credit note. */
  reason: Scalars['String']['input'];
};

/** Invoices the consortium fees that accrued in a period, one invoice per assignee cooperative. */
export type IssueFeeInvoicesInput = {
  from: Scalars['Date']['input'];
  /** Date of the invoices; today when omitted. */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the period: before today, in the same year as from. */
  to: Scalars['Date']['input'];
};

/** Issues an invoice: it is numbered in its year at once, and never edited afterwards. */
export type IssueInvoiceInput = {
  /** CIG: required for a public administration, not allowed otherwise. */
  cig?: InputMaybe<Scalars['String']['input']>;
  /** CUP, for a public administration's project. */
  cup?: InputMaybe<Scalars['String']['input']>;
  customer: InvoiceCustomerInput;
  /** Today when omitted; never in the future, never before the last invoice of its year. */
  issueDate?: InputMaybe<Scalars['Date']['input']>;
  lines: Array<InvoiceLineInput>;
  /** A note printed on the invoice (causale). */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Prestito: a loan from the fund to a member cooperative, repaid by monthly constant instalments (French amortisation). */
export type Loan = {
  __typename?: 'Loan';
  /** Nominal annual rate in percent, up to four decimals (e.g. "4.125"); the monthly rate is a twelfth of it. */
  annualRate: Scalars['Rate']['output'];
  /** The borrowing member cooperative (resolved by membership). */
  cooperative: Cooperative;
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The constant monthly instalment (the last one may differ by the rounding). */
  instalment: Scalars['Decimal']['output'];
  /** Principal not yet repaid (a payment settles an instalment's interest first, art. 1194 c.c.). */
  outstandingPrincipal: Scalars['Decimal']['output'];
  /** What the overdue instalments still owe. */
  overdueAmount: Scalars['Decimal']['output'];
  /** Instalments due before today and not paid in full. */
  overdueInstalments: Array<LoanInstalment>;
  payments: Array<LoanPayment>;
  principal: Scalars['Decimal']['output'];
  /** The French amortisation schedule, fixed when the loan was granted: constant instalments, the last one absorbing the rounding. */
  schedule: Array<LoanInstalment>;
  /** Disbursement date; instalment k falls due k months later. */
  startDate: Scalars['Date']['output'];
  status: LoanStatus;
  termMonths: Scalars['Int']['output'];
  totals: LoanTotals;
};

/** A page of Loan items. */
export type LoanConnection = {
  __typename?: 'LoanConnection';
  /** The page's items, each with its cursor. */
  edges: Array<LoanEdge>;
  /** The page's items. */
  nodes: Array<Loan>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Loan of a page, with its cursor. */
export type LoanEdge = {
  __typename?: 'LoanEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Loan;
};

/** Narrows the list; all given conditions must hold. */
export type LoanFilter = {
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LoanStatus>;
};

/** One month of a loan's French amortisation schedule. */
export type LoanInstalment = {
  __typename?: 'LoanInstalment';
  /** principal + interest. */
  amount: Scalars['Decimal']['output'];
  /** Principal still owed after this instalment. */
  balance: Scalars['Decimal']['output'];
  dueDate: Scalars['Date']['output'];
  /** Principal owed before it times the monthly rate, rounded half up to the cent. */
  interest: Scalars['Decimal']['output'];
  number: Scalars['Int']['output'];
  /** What is still owed of it. */
  outstanding: Scalars['Decimal']['output'];
  /** Paid of it so far. */
  paid: Scalars['Decimal']['output'];
  principal: Scalars['Decimal']['output'];
  status: InstalmentStatus;
};

/** A payment received on a loan. */
export type LoanPayment = {
  __typename?: 'LoanPayment';
  amount: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  paidOn: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

/** The loans from the fund, in aggregate. */
export type LoanPortfolio = {
  __typename?: 'LoanPortfolio';
  loans: Scalars['Int']['output'];
  /** Principal not yet repaid. */
  outstandingPrincipal: Scalars['Decimal']['output'];
  /** What overdue instalments still owe. */
  overdueAmount: Scalars['Decimal']['output'];
  /** Loans with at least one instalment overdue. */
  overdueLoans: Scalars['Int']['output'];
  /** Principal of every loan granted. */
  principalGranted: Scalars['Decimal']['output'];
};

/** GOOD_STANDING: no instalment overdue; OVERDUE: at least one; REPAID: every instalment paid. */
export type LoanStatus =
  | 'GOOD_STANDING'
  | 'OVERDUE'
  | 'REPAID';

/** Sums over a loan's schedule, exact to the cent: principal + interest = amount, paid + outstanding = amount. */
export type LoanTotals = {
  __typename?: 'LoanTotals';
  amount: Scalars['Decimal']['output'];
  interest: Scalars['Decimal']['output'];
  outstanding: Scalars['Decimal']['output'];
  paid: Scalars['Decimal']['output'];
  /** Equals the loan's principal. */
  principal: Scalars['Decimal']['output'];
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

/** Quota associativa: a member cooperative's membership fee for a year (outside the scope of VAT, art. 4 DPR 633/72). */
export type MembershipFee = {
  __typename?: 'MembershipFee';
  /** The yearly amount in force on 1 January of the year. */
  amount: Scalars['Decimal']['output'];
  cooperative: Cooperative;
  id: Scalars['ID']['output'];
  paidOn: Scalars['Date']['output'];
  year: Scalars['Int']['output'];
};

/** A page of MembershipFee items. */
export type MembershipFeeConnection = {
  __typename?: 'MembershipFeeConnection';
  /** The page's items, each with its cursor. */
  edges: Array<MembershipFeeEdge>;
  /** The page's items. */
  nodes: Array<MembershipFee>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A MembershipFee of a page, with its cursor. */
export type MembershipFeeEdge = {
  __typename?: 'MembershipFeeEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: MembershipFee;
};

/** Narrows the list; all given conditions must hold. */
export type MembershipFeeFilter = {
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a person to a cooperative. Staff for any cooperative, a manager for their own. */
  addPerson: Person;
  /** Records a periodic review of a placement's individual plan, authored by you; reviews are never changed. */
  addPlanReview: IndividualPlan;
  /** Records an application for membership: the cooperative starts as APPLICANT. */
  applyForMembership: Cooperative;
  /** Assigns an AWARDED contract to member cooperatives, shares adding up to exactly 100%. Membership confirms each one ACTIVE with a valid DURC today; a convenzione art. 5 or a reserved contract also needs type B or AB and, from inclusion, at least 30% disadvantaged workers this month. If either cannot answer, nothing is written. */
  assignContract: Contract;
  /** The buyer awarded the tender (BID_SUBMITTED) to the consortium: records the contract and moves the tender to AWARDED. */
  awardTender: Contract;
  /** Cancels an enrolment; a freed seat goes to the first on the waiting list in the same step. Staff, or the manager of the person's cooperative. */
  cancelEnrolment: Enrolment;
  /** Suspends, reinstates, records the withdrawal (recesso) or the exclusion (esclusione) of a member. */
  changeCooperativeStatus: Cooperative;
  /** Moves a tender along its lifecycle (see TenderStatus); an illegal move is a CONFLICT naming the allowed ones. CONTRACT_SIGNED needs the contract assigned in full. */
  changeTenderStatus: Tender;
  /** Adds a course with its sessions to the catalogue. Staff only. */
  createCourse: Course;
  createGroupPurchase: GroupPurchase;
  /** Records a tender the consortium follows; it starts as DRAFT. */
  createTender: Tender;
  /** The board's resolution on an application: ADMIT makes the cooperative ACTIVE and subscribes its share capital; REJECT closes it. */
  decideMembershipApplication: Cooperative;
  /** Records that a person leaves their cooperative (the record stays, with its end date). */
  endPerson: Person;
  /** Ends a placement with its outcome; its history stays. */
  endPlacement: Placement;
  /** Enrols a person of a member cooperative: ENROLLED while seats last, else WAITLISTED in order of request. Membership confirms the person is a current person of an ACTIVE member; if it cannot answer, nothing is written. Staff for anyone; a manager for their own cooperative's people. */
  enrol: Enrolment;
  /** Grants a loan from the fund to a member cooperative that membership confirms ACTIVE; if it cannot answer, nothing is written. The fund must hold the principal. */
  grantLoan: Loan;
  /** Issues a credit note (TD04) correcting an issued invoice, in whole or in part; it is numbered like invoices. */
  issueCreditNote: Invoice;
  /** Invoices the consortium fees that accrued in a period: procurement says which contracts were in execution and each assignee's amount, membership names the cooperatives; if either cannot answer, nothing is written. One invoice per cooperative, at 22% VAT. */
  issueFeeInvoices: FeePeriod;
  /** Issues an invoice (TD01), numbered in the year of its date without gaps. A member cooperative's name, codice fiscale and seat are asked of membership; if it cannot answer, nothing is written. */
  issueInvoice: Invoice;
  /** Adds a member's order; membership confirms the cooperative ACTIVE, and if it cannot answer nothing is written. */
  placeGroupOrder: GroupPurchase;
  /** Records the hours an ENROLLED participant attended a session (at most the session's); a session already recorded is corrected only with a correctionReason. Issues the certificate the moment attended hours reach the course's threshold. Staff only. */
  recordAttendance: Attendance;
  /** Records a DURC issued to a cooperative; its validity follows from the issue date. */
  recordDurc: Cooperative;
  /** Records a contribution to the fund; its balance stays exact under concurrent writes. A contributing cooperative must be known to membership; if it cannot answer, nothing is written. */
  recordFundContribution: FundMovement;
  /** Records a payment on a loan, settling its instalments in order; never more than is still owed. */
  recordLoanPayment: Loan;
  /** Records a member cooperative's membership fee for a year, at the amount in force that year; once per year. */
  recordMembershipFee: MembershipFee;
  /** Records a cooperative's risk class for safety training (from its risk assessment). Membership confirms the cooperative; staff, or the cooperative's manager. */
  recordSafetyRiskLevel: SafetyRiskAssessment;
  /** Records a subscription of share capital or a payment of it; payments never exceed what is subscribed. */
  recordShareCapital: Cooperative;
  /** Sets where a member cooperative receives its invoices (billing address and SDI code), used by invoices that name no address. */
  setCooperativeBillingDetails: Cooperative;
  /** Starts a placement with its individual plan. Membership confirms that the person belongs to the cooperative and that it is ACTIVE; if it cannot answer, nothing is written. */
  startPlacement: Placement;
};


export type MutationAddPersonArgs = {
  input: AddPersonInput;
};


export type MutationAddPlanReviewArgs = {
  input: AddPlanReviewInput;
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


export type MutationCancelEnrolmentArgs = {
  input: CancelEnrolmentInput;
};


export type MutationChangeCooperativeStatusArgs = {
  input: ChangeCooperativeStatusInput;
};


export type MutationChangeTenderStatusArgs = {
  input: ChangeTenderStatusInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
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


export type MutationEndPlacementArgs = {
  input: EndPlacementInput;
};


export type MutationEnrolArgs = {
  input: EnrolInput;
};


export type MutationGrantLoanArgs = {
  input: GrantLoanInput;
};


export type MutationIssueCreditNoteArgs = {
  input: IssueCreditNoteInput;
};


export type MutationIssueFeeInvoicesArgs = {
  input: IssueFeeInvoicesInput;
};


export type MutationIssueInvoiceArgs = {
  input: IssueInvoiceInput;
};


export type MutationPlaceGroupOrderArgs = {
  input: PlaceGroupOrderInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordDurcArgs = {
  input: RecordDurcInput;
};


export type MutationRecordFundContributionArgs = {
  input: RecordFundContributionInput;
};


export type MutationRecordLoanPaymentArgs = {
  input: RecordLoanPaymentInput;
};


export type MutationRecordMembershipFeeArgs = {
  input: RecordMembershipFeeInput;
};


export type MutationRecordSafetyRiskLevelArgs = {
  input: RecordSafetyRiskLevelInput;
};


export type MutationRecordShareCapitalArgs = {
  input: RecordShareCapitalInput;
};


export type MutationSetCooperativeBillingDetailsArgs = {
  input: SetBillingDetailsInput;
};


export type MutationStartPlacementArgs = {
  input: StartPlacementInput;
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
  /** Their certificates, newest first; null when you may not see them. */
  certificates?: Maybe<CertificateConnection>;
  cooperative: Cooperative;
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Their enrolments, newest request first; null when you may not see them. */
  enrolments?: Maybe<EnrolmentConnection>;
  firstName: Scalars['String']['output'];
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  lastName: Scalars['String']['output'];
  /** The person's work placements, newest first; null unless you may read placements. Every placement read is audited. */
  placements?: Maybe<Array<Placement>>;
  role: PersonRole;
  startDate: Scalars['Date']['output'];
  /** Codice fiscale: 16 characters. */
  taxCode: Scalars['String']['output'];
};


/** A person working in or for a member cooperative. Personal data: visible to the consortium's staff, the person's own cooperative and inclusion operators. */
export type PersonCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person working in or for a member cooperative. Personal data: visible to the consortium's staff, the person's own cooperative and inclusion operators. */
export type PersonEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EnrolmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** Inserimento lavorativo: a disadvantaged person's work placement in a member cooperative. Every read is audited. */
export type Placement = {
  __typename?: 'Placement';
  category: DisadvantageCategory;
  certificationDate: Scalars['Date']['output'];
  /** Reference of the certifying document. */
  certificationReference: Scalars['String']['output'];
  /** The cooperative the person is placed in (membership's). */
  cooperative: Cooperative;
  /** Null while the placement goes on. */
  endDate?: Maybe<Scalars['Date']['output']>;
  hoursPerWeek: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: PlacementKind;
  /** Monthly stipend of a traineeship, in euro; null for employment. */
  monthlyStipend?: Maybe<Scalars['Decimal']['output']>;
  /** Set when the placement ends. */
  outcome?: Maybe<PlacementOutcome>;
  /** The person placed (membership's). */
  person: Person;
  /** Its individual plan (progetto personalizzato). */
  plan: IndividualPlan;
  referringService: ReferringService;
  /** The job or task. */
  role: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  /** Who follows the person in the cooperative. */
  tutor: Scalars['String']['output'];
};

/** A page of Placement items. */
export type PlacementConnection = {
  __typename?: 'PlacementConnection';
  /** The page's items, each with its cursor. */
  edges: Array<PlacementEdge>;
  /** The page's items. */
  nodes: Array<Placement>;
  /** Where the page ends and whether more follows. */
  pageInfo: PageInfo;
  /** How many items match the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Placement of a page, with its cursor. */
export type PlacementEdge = {
  __typename?: 'PlacementEdge';
  /** Where this item is in the list: pass it as after to continue after it. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Placement;
};

/** Narrows the list; all given conditions must hold. */
export type PlacementFilter = {
  category?: InputMaybe<Array<DisadvantageCategory>>;
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only placements not ended; false: only ended ones. */
  current?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PlacementKind>;
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** EMPLOYMENT: a worker of the cooperative, counted for the 30% rule. TRAINEESHIP: a traineeship with a stipend (borsa lavoro, tirocinio), not a worker. */
export type PlacementKind =
  | 'EMPLOYMENT'
  | 'TRAINEESHIP';

/** How a placement ended: HIRED (taken on as a worker), CONTINUING (goes on in another form), ENDED (completed), DROPPED_OUT (left early). */
export type PlacementOutcome =
  | 'CONTINUING'
  | 'DROPPED_OUT'
  | 'ENDED'
  | 'HIRED';

/** A periodic review of an individual plan. */
export type PlanReview = {
  __typename?: 'PlanReview';
  /** Who recorded it (the subject of their token). */
  author: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  progressNote: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every read of a placement or a plan, newest first. The consortium's staff only. */
  auditLog: AuditRecordConnection;
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
  /** A course; null when absent. */
  course?: Maybe<Course>;
  /** The course catalogue, by start date (then id). */
  courses: CourseConnection;
  /** An enrolment; null when absent or not visible to you (staff, or the manager of the person's cooperative). */
  enrolment?: Maybe<Enrolment>;
  /** Periods whose consortium fees were invoiced, latest first. */
  feePeriods: FeePeriodConnection;
  /** The consortium's finances in aggregate for a year: fees, invoicing, the fund and the loan portfolio. */
  financeStats: FinanceStats;
  /** The fund (fondo di sostegno e rilancio) and its movements. */
  fund: Fund;
  groupPurchase?: Maybe<GroupPurchase>;
  /** Group purchases, latest closing first. */
  groupPurchases: GroupPurchaseConnection;
  /** Persons placed in a year by province, cooperative type and category, with every cell under 5 people suppressed and no totals: the only view of placements for analysts and partners. */
  inclusionStats: InclusionStats;
  /** ACTIVE type B and AB cooperatives below the 30% line in a month (YYYY-MM), or at it (margin 0: one departure of a disadvantaged worker breaks it): lowest margin first. */
  inclusionWatchlist: InclusionComplianceConnection;
  /** An invoice or credit note; null when absent or not visible to you. */
  invoice?: Maybe<Invoice>;
  /** Invoices and credit notes, newest number first. A cooperative's manager sees those addressed to their cooperative. */
  invoices: InvoiceConnection;
  /** A loan; null when absent or not visible to you. */
  loan?: Maybe<Loan>;
  /** Loans from the fund, newest first. A cooperative's manager sees their own cooperative's. */
  loans: LoanConnection;
  /** Membership fees recorded, newest year first. A cooperative's manager sees their own cooperative's. */
  membershipFees: MembershipFeeConnection;
  /** A person; null when absent or not visible to you. */
  person?: Maybe<Person>;
  /** A placement; null when absent or not visible to you. Its read is audited. */
  placement?: Maybe<Placement>;
  /** Work placements, newest first: the consortium's staff and inclusion operators see all, a cooperative's manager their own. Every placement read is audited. */
  placements: PlacementConnection;
  /** Mandatory safety training (D.Lgs. 81/2008) the current people of a cooperative must do: what is missing, expired, or expires within the next withinDays days, soonest due first. Staff, or the cooperative's manager. */
  safetyTrainingDue: Array<SafetyTrainingDue>;
  /** A tender; null when absent or not visible to you. */
  tender?: Maybe<Tender>;
  /** Tenders, by deadline. Drafts are visible to the consortium's staff only. */
  tenders: TenderConnection;
  /** Aggregate figures of the courses started in a year, by funding source, area and region: no person is named. Staff and analysts. */
  trainingStats: TrainingStats;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFeePeriodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFinanceStatsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryGroupPurchaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGroupPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GroupPurchaseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInclusionStatsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryInclusionWatchlistArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLoanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLoansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LoanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMembershipFeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MembershipFeeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlacementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySafetyTrainingDueArgs = {
  cooperativeId: Scalars['ID']['input'];
  withinDays: Scalars['Int']['input'];
};


export type QueryTenderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTendersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TenderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingStatsArgs = {
  year: Scalars['Int']['input'];
};

/** The hours an ENROLLED participant attended one session. Recording a session already recorded is a correction: it needs a correctionReason, and the hours before are kept. */
export type RecordAttendanceInput = {
  /** Why an attendance already recorded is corrected; only for a correction. */
  correctionReason?: InputMaybe<Scalars['String']['input']>;
  enrolmentId: Scalars['ID']['input'];
  /** Hours attended, from 0 (absent) to the session's hours, e.g. "3.50". */
  hours: Scalars['Decimal']['input'];
  /** A session of the enrolment's course, on or before today. */
  sessionId: Scalars['ID']['input'];
};

export type RecordDurcInput = {
  cooperativeId: Scalars['ID']['input'];
  issueDate: Scalars['Date']['input'];
  /** INPS/INAIL protocol number of the certificate. */
  protocolNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A contribution to the fund, from a member cooperative (cooperativeId) or another contributor (contributor), exactly one of them. */
export type RecordFundContributionInput = {
  amount: Scalars['Decimal']['input'];
  /** Today when omitted. */
  contributedOn?: InputMaybe<Scalars['Date']['input']>;
  /** A contributor that is not a member cooperative: a foundation, a public body... */
  contributor?: InputMaybe<Scalars['String']['input']>;
  cooperativeId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Records a payment on a loan: it settles the instalments in order, oldest first. */
export type RecordLoanPaymentInput = {
  /** At most what is still owed. */
  amount: Scalars['Decimal']['input'];
  loanId: Scalars['ID']['input'];
  /** Today when omitted. */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Records that a member cooperative paid its membership fee for a year: once per year. */
export type RecordMembershipFeeInput = {
  cooperativeId: Scalars['ID']['input'];
  /** Today when omitted. */
  paidOn?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};

/** Records a cooperative's risk class (from its risk assessment, DVR), which sets the specific training its workers need. */
export type RecordSafetyRiskLevelInput = {
  cooperativeId: Scalars['ID']['input'];
  /** From when it applies; today when omitted; not in the future. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  riskLevel: SafetyRiskLevel;
};

export type RecordShareCapitalInput = {
  amount: Scalars['Decimal']['input'];
  cooperativeId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  kind: ShareCapitalEntryKind;
};

/** The public service that certifies the disadvantage and refers the person (Law 381/1991 art. 4 c. 2). */
export type ReferringService =
  /** Servizio per le dipendenze (SerD). */
  | 'ADDICTION_SERVICE'
  /** Azienda sanitaria (ASL). */
  | 'HEALTH_AUTHORITY'
  /** Centro di salute mentale (CSM). */
  | 'MENTAL_HEALTH_CENTRE'
  /** Ufficio di esecuzione penale esterna (UEPE). */
  | 'PROBATION_OFFICE'
  /** Servizi sociali del Comune. */
  | 'SOCIAL_SERVICES';

/** Training figures of the people of cooperatives seated in one region (the seat when they enrolled). */
export type RegionStats = {
  __typename?: 'RegionStats';
  /** Hours attended, by all of them together. */
  attendedHours: Scalars['Decimal']['output'];
  /** Certificates issued. */
  certificates: Scalars['Int']['output'];
  /** Enrolments holding a seat (ENROLLED). */
  participants: Scalars['Int']['output'];
  region: Scalars['String']['output'];
  /** Enrolments waiting for a seat (WAITLISTED). */
  waiting: Scalars['Int']['output'];
};

/** MISSING: never done; EXPIRED: its validity ended; EXPIRING: its validity ends within the window asked. */
export type SafetyDueStatus =
  | 'EXPIRED'
  | 'EXPIRING'
  | 'MISSING';

/** GENERAL and SPECIFIC training every worker needs (D.Lgs. 81/2008 art. 37); FIRST_AID and FIRE_WARDEN for the workers designated (art. 45-46). */
export type SafetyRequirement =
  | 'FIRE_WARDEN'
  | 'FIRST_AID'
  | 'GENERAL'
  | 'SPECIFIC';

/** A cooperative's risk class for safety training, from its risk assessment, in force from a day. */
export type SafetyRiskAssessment = {
  __typename?: 'SafetyRiskAssessment';
  cooperative: Cooperative;
  effectiveFrom: Scalars['Date']['output'];
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  riskLevel: SafetyRiskLevel;
};

/** Risk class of a cooperative's work, from its risk assessment (DVR): sets the specific safety training its workers need (4, 8 or 12 hours). */
export type SafetyRiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A mandatory safety training a current person of a cooperative must do, and by when. */
export type SafetyTrainingDue = {
  __typename?: 'SafetyTrainingDue';
  /** By when: a new worker's deadline (60 days from their start) when missing, else the day its validity ends. */
  dueDate: Scalars['Date']['output'];
  /** Minimum hours of that course. */
  hours?: Maybe<Scalars['Decimal']['output']>;
  /** The course to take: the full course when missing, the refresher otherwise; null when the risk class is unknown. */
  kindToTake?: Maybe<SafetyTrainingKind>;
  /** The latest completion that counts. */
  lastCompletedOn?: Maybe<Scalars['Date']['output']>;
  /** The person (resolved by membership). */
  person: Person;
  requirement: SafetyRequirement;
  /** For SPECIFIC: the cooperative's risk class; null when it is not recorded (recordSafetyRiskLevel). */
  riskLevel?: Maybe<SafetyRiskLevel>;
  status: SafetyDueStatus;
};

/** Mandatory safety training (D.Lgs. 81/2008): GENERAL (4 h, never expires); SPECIFIC_LOW_RISK, SPECIFIC_MEDIUM_RISK, SPECIFIC_HIGH_RISK (4, 8, 12 h) and SPECIFIC_REFRESHER (6 h every 5 years), Accordo Stato-Regioni; FIRST_AID and FIRST_AID_REFRESHER (D.M. 388/2003); FIRE_WARDEN and FIRE_WARDEN_REFRESHER (D.M. 2/09/2021). */
export type SafetyTrainingKind =
  | 'FIRE_WARDEN'
  | 'FIRE_WARDEN_REFRESHER'
  | 'FIRST_AID'
  | 'FIRST_AID_REFRESHER'
  | 'GENERAL'
  | 'SPECIFIC_HIGH_RISK'
  | 'SPECIFIC_LOW_RISK'
  | 'SPECIFIC_MEDIUM_RISK'
  | 'SPECIFIC_REFRESHER';

/** Where a member cooperative receives its invoices. */
export type SetBillingDetailsInput = {
  cooperativeId: Scalars['ID']['input'];
  /** CAP. */
  postcode: Scalars['String']['input'];
  /** SDI recipient code, 7 characters; 0000000 when omitted. */
  recipientCode?: InputMaybe<Scalars['String']['input']>;
  /** Street and number. */
  street: Scalars['String']['input'];
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

/** Starts a work placement of a disadvantaged person in their cooperative, with its individual plan. */
export type StartPlacementInput = {
  category: DisadvantageCategory;
  /** Not in the future, and not after the start. */
  certificationDate: Scalars['Date']['input'];
  /** Reference of the certifying document (protocol number or similar). */
  certificationReference: Scalars['String']['input'];
  /** Membership's cooperative: it must be ACTIVE. */
  cooperativeId: Scalars['ID']['input'];
  /** Goals of the individual plan (progetto personalizzato), 1 to 20. */
  goals: Array<Scalars['String']['input']>;
  /** Whole hours a week, 1 to 48. */
  hoursPerWeek: Scalars['Int']['input'];
  kind: PlacementKind;
  /** Monthly stipend in euro: required for a traineeship, not given for employment. */
  monthlyStipend?: InputMaybe<Scalars['Decimal']['input']>;
  /** Membership's person: they must belong to the cooperative. */
  personId: Scalars['ID']['input'];
  referringService: ReferringService;
  role: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
  tutor: Scalars['String']['input'];
};

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

/** Subject area of a course: SAFETY, SOCIAL_CARE, EDUCATION, WORK_INCLUSION, MANAGEMENT, DIGITAL, LANGUAGES, TECHNICAL. */
export type TrainingArea =
  | 'DIGITAL'
  | 'EDUCATION'
  | 'LANGUAGES'
  | 'MANAGEMENT'
  | 'SAFETY'
  | 'SOCIAL_CARE'
  | 'TECHNICAL'
  | 'WORK_INCLUSION';

/** Aggregate training figures of the courses started in a year: no person is named. */
export type TrainingStats = {
  __typename?: 'TrainingStats';
  /** Every area, those with no course included. */
  byArea: Array<AreaStats>;
  /** Every funding source, those with no course included. */
  byFundingSource: Array<FundingSourceStats>;
  /** Regions with at least one enrolment, by name. */
  byRegion: Array<RegionStats>;
  /** All courses of the year together. */
  total: CourseFigures;
  year: Scalars['Int']['output'];
};

/** One row of the VAT summary (FatturaPA DatiRiepilogo): the lines of one rate or nature. */
export type VatSummaryRow = {
  __typename?: 'VatSummaryRow';
  legalReference?: Maybe<Scalars['String']['output']>;
  /** Sum of the line totals of this rate. */
  taxable: Scalars['Decimal']['output'];
  /** taxable x rate, rounded half up to the cent. */
  vat: Scalars['Decimal']['output'];
  vatNature?: Maybe<Scalars['String']['output']>;
  vatPercent: Scalars['Decimal']['output'];
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

export type CooperativeDashboardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
  month: Scalars['String']['input'];
}>;


export type CooperativeDashboardQuery = { __typename?: 'Query', cooperative?: { __typename?: 'Cooperative', id: string, name: string, type: CooperativeType, status: CooperativeStatus, hasValidDurc?: boolean | null, contractValue?: string | null, trainingHours?: string | null, outstandingDebt?: string | null, assignments?: { __typename?: 'AssignmentConnection', totalCount: number } | null, inclusionCompliance?: { __typename?: 'InclusionCompliance', workers: number, disadvantagedWorkers: number, ratio?: string | null, compliant: boolean, margin: number } | null, loans?: { __typename?: 'LoanConnection', totalCount: number, nodes: Array<{ __typename?: 'Loan', principal: string, status: LoanStatus, outstandingPrincipal: string }> } | null } | null };

export type CooperativePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CooperativePageQuery = { __typename?: 'Query', cooperative?: { __typename?: 'Cooperative', id: string, name: string, taxCode: string, alboNumber?: string | null, type: CooperativeType, status: CooperativeStatus, municipality: string, province: string, region: string, atecoCodes: Array<string>, admissionDate?: string | null, durcValidUntil?: string | null, hasValidDurc?: boolean | null, shareCapital?: { __typename?: 'ShareCapital', subscribed: string, paid: string, outstanding: string } | null, people?: { __typename?: 'PersonConnection', totalCount: number, nodes: Array<{ __typename?: 'Person', id: string, firstName: string, lastName: string, role: PersonRole, startDate: string }> } | null, assignments?: { __typename?: 'AssignmentConnection', totalCount: number, nodes: Array<{ __typename?: 'Assignment', sharePercent: string, amount: string, assignedOn: string, contract: { __typename?: 'Contract', id: string, value: string, startDate: string, endDate: string, tender: { __typename?: 'Tender', cig: string, title: string, procedure: TenderProcedure, buyer: { __typename?: 'Buyer', name: string } } } }> } | null } | null };

export type InvoicesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvoicesQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Invoice', id: string, fullNumber: string, documentType: DocumentType, issueDate: string, dueDate: string, splitPayment: boolean, cig?: string | null, amountDue: string, totals: { __typename?: 'InvoiceTotals', net: string, vat: string, gross: string } }> } };

export type LoansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LoansQuery = { __typename?: 'Query', loans: { __typename?: 'LoanConnection', totalCount: number, nodes: Array<{ __typename?: 'Loan', id: string, principal: string, annualRate: string, termMonths: number, startDate: string, instalment: string, status: LoanStatus, outstandingPrincipal: string, overdueAmount: string, cooperative: { __typename?: 'Cooperative', id: string, name: string } }> } };

export type InclusionStatsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type InclusionStatsQuery = { __typename?: 'Query', inclusionStats: { __typename?: 'InclusionStats', year: number, smallestCell: number, cells: Array<{ __typename?: 'InclusionStatsCell', province: string, cooperativeType: CooperativeType, category: DisadvantageCategory, people?: number | null, suppressed: boolean }> } };

export type InclusionWatchlistQueryVariables = Exact<{
  month: Scalars['String']['input'];
}>;


export type InclusionWatchlistQuery = { __typename?: 'Query', inclusionWatchlist: { __typename?: 'InclusionComplianceConnection', totalCount: number, nodes: Array<{ __typename?: 'InclusionCompliance', month: string, workers: number, disadvantagedWorkers: number, ratio?: string | null, compliant: boolean, margin: number, cooperative: { __typename?: 'Cooperative', id: string, name: string, type: CooperativeType } }> } };

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

export type CourseCatalogueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CourseCatalogueQuery = { __typename?: 'Query', courses: { __typename?: 'CourseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Course', id: string, title: string, area: TrainingArea, hours: string, seats: number, seatsTaken: number, seatsLeft: number, waitingListLength: number, startDate: string, endDate: string, mode: CourseMode, venue?: string | null, fundingSource: FundingSource, fundingNotice?: string | null, fundingAmount?: string | null, attendanceThreshold: number }> } };

export type SafetyTrainingDueQueryVariables = Exact<{
  cooperativeId: Scalars['ID']['input'];
  withinDays: Scalars['Int']['input'];
}>;


export type SafetyTrainingDueQuery = { __typename?: 'Query', safetyTrainingDue: Array<{ __typename?: 'SafetyTrainingDue', requirement: SafetyRequirement, status: SafetyDueStatus, lastCompletedOn?: string | null, dueDate: string, kindToTake?: SafetyTrainingKind | null, hours?: string | null, person: { __typename?: 'Person', id: string, firstName: string, lastName: string } }> };


export const CooperativeDashboardDocument = {"__meta__":{"hash":"ad338e9d3fbb35afd4c39adb4b2a12c123a741883f3473c9499da49c1dc2f9b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasValidDurc"}},{"kind":"Field","name":{"kind":"Name","value":"contractValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]},{"kind":"Field","name":{"kind":"Name","value":"inclusionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"}},{"kind":"Field","name":{"kind":"Name","value":"disadvantagedWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstandingDebt"}},{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeDashboardQuery, CooperativeDashboardQueryVariables>;
export const CooperativePageDocument = {"__meta__":{"hash":"eb243913bc03ad2260a4fd0f42ef9b6beb8dce4f92cad6055c2ab7a045f46d41"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"alboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"atecoCodes"}},{"kind":"Field","name":{"kind":"Name","value":"admissionDate"}},{"kind":"Field","name":{"kind":"Name","value":"durcValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hasValidDurc"}},{"kind":"Field","name":{"kind":"Name","value":"shareCapital"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperativePageQuery, CooperativePageQueryVariables>;
export const InvoicesDocument = {"__meta__":{"hash":"747ab57a02bd0aab73b3fdf83e7c8e0fc3b57c88b705a1c5379631709426e890"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"issueDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"splitPayment"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"vat"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountDue"}}]}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const LoansDocument = {"__meta__":{"hash":"5f112aa559d0731d918cd19fe3ec68cd8b5c70c7a1df4023241de1e6416e8d3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Loans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"annualRate"}},{"kind":"Field","name":{"kind":"Name","value":"termMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"instalment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAmount"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoansQuery, LoansQueryVariables>;
export const InclusionStatsDocument = {"__meta__":{"hash":"a1cfa37c25a7450be801bbd15a2673dbb4594d1f2038d6f8d007b098e490d8ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InclusionStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"smallestCell"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"cooperativeType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<InclusionStatsQuery, InclusionStatsQueryVariables>;
export const InclusionWatchlistDocument = {"__meta__":{"hash":"a98372896e3d229e553f463267bbbcba3b8f4ebc29d24ff69b1227142062350e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InclusionWatchlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionWatchlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"workers"}},{"kind":"Field","name":{"kind":"Name","value":"disadvantagedWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"margin"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InclusionWatchlistQuery, InclusionWatchlistQueryVariables>;
export const ConsortiumComplianceDocument = {"__meta__":{"hash":"c10643d1e704996f53b0af617c97ddf0e56953ffa445218a66042d42db1c690d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"socialCooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ConsortiumComplianceQuery, ConsortiumComplianceQueryVariables>;
export const CooperativeDirectoryDocument = {"__meta__":{"hash":"6486d7bf46ff7213683f6c21308e95b55ca1f174796f94b135d734bde38201ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperativeDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperativeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperatives"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"atecoCodes"}}]}}]}}]}}]} as unknown as DocumentNode<CooperativeDirectoryQuery, CooperativeDirectoryQueryVariables>;
export const ContractsWithAssigneesDocument = {"__meta__":{"hash":"c7542443be2f9cdc4ff6020d8c16b634f8005ad096c5ca1b5664a230e00bcdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsWithAssignees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"assignedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"tender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cooperative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsWithAssigneesQuery, ContractsWithAssigneesQueryVariables>;
export const TendersByStatusDocument = {"__meta__":{"hash":"adb5adeb6c2be46c7cde0a9b339bbb149467c13c44abeafb35bc38ebe950b78b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TendersByStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenderStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"object"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TendersByStatusQuery, TendersByStatusQueryVariables>;
export const CourseCatalogueDocument = {"__meta__":{"hash":"1acd98be485440d1a297c878dd14e573973394793ada3a64c23f1843ebc9e164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitingListLength"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"fundingSource"}},{"kind":"Field","name":{"kind":"Name","value":"fundingNotice"}},{"kind":"Field","name":{"kind":"Name","value":"fundingAmount"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceThreshold"}}]}}]}}]}}]} as unknown as DocumentNode<CourseCatalogueQuery, CourseCatalogueQueryVariables>;
export const SafetyTrainingDueDocument = {"__meta__":{"hash":"3541807b2b6b2594b394b633b1f83ecc7a0dce69282d3f045d5374acf11736c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyTrainingDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyTrainingDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cooperativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cooperativeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"kindToTake"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<SafetyTrainingDueQuery, SafetyTrainingDueQueryVariables>;