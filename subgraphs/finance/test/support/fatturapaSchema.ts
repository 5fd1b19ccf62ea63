import fs from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

/**
 * The official FatturaPA XML schema, version 1.2.1 (Agenzia delle Entrate), as shipped by the
 * npm package @digitalia/fatturapa: the only package on the registry found to ship it. It imports
 * the W3C XML-signature schema from the web, which cannot be fetched here, only for the optional
 * ds:Signature element at the end of FatturaElettronica; that import and that one element are
 * left out, everything else is validated as published.
 */
function officialSchema(): string {
  const file = path.join(path.dirname(require.resolve("@digitalia/fatturapa/package.json")), "src", "schemas", "Schema_1.2.1.xsd");
  const xsd = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const withoutSignature = xsd.replace(/<xs:import namespace="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#"[^>]*\/>/, "").replace(/<xs:element ref="ds:Signature"[^>]*\/>/, "");
  if (withoutSignature.includes("ds:Signature") || withoutSignature === xsd) throw new Error("the FatturaPA schema is not the one expected");
  return withoutSignature;
}

let schema: string | undefined;

/** The schema's errors for this document: empty when it is valid. */
export async function fatturaPASchemaErrors(xml: string): Promise<string[]> {
  schema ??= officialSchema();
  const result = await validateXML({ xml: { fileName: "fattura.xml", contents: xml }, schema: { fileName: "Schema_1.2.1.xsd", contents: schema } });
  return result.errors.map((error) => error.rawMessage);
}
