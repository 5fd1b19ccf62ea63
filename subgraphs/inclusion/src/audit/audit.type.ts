import { Connection } from "@coopgraph/kit";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AuditedRecordType } from "../db";

registerEnumType(AuditedRecordType, { name: "AuditedRecordType", description: "PLACEMENT a work placement; PLAN an individual plan with its reviews." });

@ObjectType({ description: "One read of a placement or a plan: who, when, which record, by which operation. Audit records cannot be changed or removed." })
export class AuditRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: "When the record was read." })
  at!: Date;

  @Field({ description: "Who read it: the subject of their token." })
  actorSub!: string;

  @Field({ description: "The reader's role." })
  actorRole!: string;

  @Field(() => ID, { nullable: true, description: "The cooperative of a cooperative's manager." })
  actorCoopId!: string | null;

  @Field(() => AuditedRecordType)
  recordType!: AuditedRecordType;

  @Field(() => ID)
  recordId!: string;

  @Field({ description: "query or mutation." })
  operationType!: string;

  @Field(() => String, { nullable: true, description: "The operation's name, when it has one." })
  operationName!: string | null;

  @Field({ description: "Where in the answer the record was read, e.g. placements.nodes.3." })
  path!: string;

  @Field({ description: "The gateway's request id." })
  requestId!: string;
}

export const AuditRecordConnection = Connection(AuditRecord);
