export { PrismaClient, Prisma } from "./generated/prisma/client";
export type {
  Invoice as InvoiceRow,
  InvoiceLine as InvoiceLineRow,
  FeePeriod as FeePeriodRow,
  MembershipFee as MembershipFeeRow,
  FundMovement as FundMovementRow,
  Loan as LoanRow,
  LoanInstalment as LoanInstalmentRow,
  LoanPayment as LoanPaymentRow,
} from "./generated/prisma/client";
export { DocumentType, FundMovementKind, InvoicePurpose } from "./generated/prisma/enums";
