import { DateScalar } from "@coopgraph/kit";
import { Field, InputType } from "type-graphql";

@InputType({ description: "Invoices the consortium fees that accrued in a period, one invoice per assignee cooperative." })
export class IssueFeeInvoicesInput {
  @Field(() => DateScalar)
  from!: Date;

  @Field(() => DateScalar, { description: "Last day of the period: before today, in the same year as from." })
  to!: Date;

  @Field(() => DateScalar, { nullable: true, description: "Date of the invoices; today when omitted." })
  issueDate?: Date | null;
}
