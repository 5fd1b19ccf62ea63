import { Field, ID, InputType } from "type-graphql";
import { AuditedRecordType } from "../db";

@InputType({ description: "Narrows the audit log; all given conditions must hold." })
export class AuditLogFilter {
  @Field(() => AuditedRecordType, { nullable: true })
  recordType?: AuditedRecordType | null;

  @Field(() => ID, { nullable: true, description: "Reads of this placement or plan." })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: "Reads by this token subject." })
  actorSub?: string | null;

  @Field(() => Date, { nullable: true, description: "Reads at or after this instant." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reads before this instant." })
  to?: Date | null;
}
