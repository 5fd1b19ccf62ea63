import { badInput, isUuid } from "@coopgraph/kit";
import type { FinanceContext } from "../context";
import type { InvoiceCustomerInput } from "./invoice.inputs";
import { billingDetailsByCooperative } from "./invoice.loaders";
import { latinText, validateAddress, validateRecipientCode, validateTaxCode, type InvoiceCustomer } from "./invoice.rules";

/**
 * The customer of a new invoice, as it is today: a member cooperative's name, codice fiscale
 * and seat are asked of membership (SERVICE_UNAVAILABLE when it cannot answer: nothing is
 * written), its billing address comes from the input or its billing details on file; an external
 * client is validated from the input. `field` is the input path of the customer.
 */
export async function invoiceCustomer(ctx: FinanceContext, input: InvoiceCustomerInput, field: string): Promise<InvoiceCustomer> {
  const member = input.cooperativeId?.trim() ? input.cooperativeId.trim().toLowerCase() : null;
  if (member && input.external) throw badInput(field, "name either a member cooperative (cooperativeId) or an external client (external), not both");
  if (!member && !input.external) throw badInput(field, "name the customer: a member cooperative (cooperativeId) or an external client (external)");

  if (input.external) {
    const external = input.external;
    const publicAdministration = external.publicAdministration;
    const taxCode = validateTaxCode(`${field}.external.taxCode`, external.taxCode);
    if (publicAdministration && !/^\d{11}$/.test(taxCode)) throw badInput(`${field}.external.taxCode`, "a public administration's codice fiscale has 11 digits");
    const name = latinText(`${field}.external.name`, external.name, 80);
    const address = validateAddress(
      { street: `${field}.street`, postcode: `${field}.postcode`, municipality: `${field}.external.municipality`, province: `${field}.external.province` },
      {
        street: required(`${field}.street`, input.street),
        postcode: required(`${field}.postcode`, input.postcode),
        municipality: external.municipality,
        province: external.province,
      },
    );
    // A body's or company's 11-digit codice fiscale is its partita IVA too, except for public administrations, which invoice on the codice fiscale.
    const vatNumber = !publicAdministration && /^\d{11}$/.test(taxCode) ? taxCode : null;
    return {
      cooperativeId: null,
      name,
      taxCode,
      vatNumber,
      ...address,
      publicAdministration,
      recipientCode: validateRecipientCode(`${field}.recipientCode`, input.recipientCode, publicAdministration),
    };
  }

  if (!isUuid(member!)) throw badInput(`${field}.cooperativeId`, "this is not the id of a cooperative");
  const recipientCode = input.recipientCode?.trim() ? validateRecipientCode(`${field}.recipientCode`, input.recipientCode, false) : null;
  const street = input.street?.trim() ? input.street : null;
  const postcode = input.postcode?.trim() ? input.postcode : null;
  const [onFile, known] = await Promise.all([
    billingDetailsByCooperative(ctx).load(member!),
    ctx.membership.invoicingFacts([member!], "the cooperative's name, codice fiscale and seat for its invoice"),
  ]);
  // An unknown id is named as such before its missing billing details.
  const facts = known.get(member!);
  if (!facts) throw badInput(`${field}.cooperativeId`, "no member cooperative has this id");
  if ((!street || !postcode) && !onFile) {
    throw badInput(`${field}.street`, "this cooperative has no billing details on file: give its street and postcode, or set its billing details");
  }
  const address = validateAddress(
    { street: `${field}.street`, postcode: `${field}.postcode`, municipality: `${field}.cooperativeId`, province: `${field}.cooperativeId` },
    { street: street ?? onFile!.street, postcode: postcode ?? onFile!.postcode, municipality: facts.municipality, province: facts.province },
  );
  return {
    cooperativeId: facts.id,
    name: latinText(`${field}.cooperativeId`, facts.name, 80),
    taxCode: facts.taxCode,
    vatNumber: /^\d{11}$/.test(facts.taxCode) ? facts.taxCode : null,
    ...address,
    publicAdministration: false,
    recipientCode: recipientCode ?? onFile?.recipientCode ?? "0000000",
  };
}

function required(field: string, value: string | null | undefined): string {
  if (!value?.trim()) throw badInput(field, "this is required for an external client's billing address");
  return value;
}
