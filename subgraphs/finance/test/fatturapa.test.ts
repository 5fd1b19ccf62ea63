import { convert } from "xmlbuilder2";
import { fatturaPAXml, type FatturaPAInvoice, type FatturaPALine } from "../src/invoice/invoice.fatturapa";
import { consortium } from "../src/settings";
import { fatturaPASchemaErrors } from "./support/fatturapaSchema";
import { day } from "@coopgraph/testing";

/** The XML as nested objects: element name -> child (or text); repeated elements become arrays. */
function parsed(xml: string): any {
  return convert(xml, { format: "object" }) as any;
}

const toPublicAdministration: FatturaPAInvoice = {
  documentType: "INVOICE",
  year: 2026,
  number: 17,
  issueDate: day("2026-03-31"),
  dueDate: day("2026-04-30"),
  customerName: "Comune di Bergamo",
  customerTaxCode: "80034840167",
  customerVatNumber: null,
  customerStreet: "Piazza Matteotti 27",
  customerPostcode: "24122",
  customerMunicipality: "Bergamo",
  customerProvince: "BG",
  publicAdministration: true,
  recipientCode: "UFXK3B",
  cig: "Z0A1B2C3D4",
  cup: "J41B25000123456",
  splitPayment: true,
  stampDuty: "2.00",
  notes: "Servizi di marzo 2026",
};

const lines: FatturaPALine[] = [
  {
    position: 1,
    description: "Manutenzione del verde, marzo",
    quantity: "1.00",
    unitPrice: "12500.00",
    lineTotal: "12500.00",
    vatPercent: "22.00",
    vatNature: null,
    legalReference: null,
  },
  {
    position: 2,
    description: "Assistenza educativa (cooperativa sociale)",
    quantity: "37.50",
    unitPrice: "21.33",
    lineTotal: "799.88",
    vatPercent: "5.00",
    vatNature: null,
    legalReference: null,
  },
  {
    position: 3,
    description: "Corso di formazione esente",
    quantity: "1.00",
    unitPrice: "480.00",
    lineTotal: "480.00",
    vatPercent: "0.00",
    vatNature: "N4",
    legalReference: "Operazione esente art. 10 DPR 633/72",
  },
];

describe("the FatturaPA XML of an invoice", () => {
  it("for a public administration is FPA12 with the CIG and CUP, split payment (EsigibilitaIVA S) and TD01, and validates against the official schema", async () => {
    const xml = fatturaPAXml(toPublicAdministration, lines, consortium, null);
    expect(await fatturaPASchemaErrors(xml)).toEqual([]);

    const doc = parsed(xml)["p:FatturaElettronica"];
    expect(doc["@versione"]).toBe("FPA12");
    const transmission = doc.FatturaElettronicaHeader.DatiTrasmissione;
    expect(transmission).toEqual({
      IdTrasmittente: { IdPaese: "IT", IdCodice: consortium.taxCode },
      ProgressivoInvio: "2600000H",
      FormatoTrasmissione: "FPA12",
      CodiceDestinatario: "UFXK3B",
    });
    expect(doc.FatturaElettronicaHeader.CessionarioCommittente.DatiAnagrafici).toEqual({ CodiceFiscale: "80034840167", Anagrafica: { Denominazione: "Comune di Bergamo" } });

    const general = doc.FatturaElettronicaBody.DatiGenerali;
    expect(general.DatiGeneraliDocumento).toEqual({
      TipoDocumento: "TD01",
      Divisa: "EUR",
      Data: "2026-03-31",
      Numero: "17/2026",
      DatiBollo: { BolloVirtuale: "SI", ImportoBollo: "2.00" },
      // 12500.00 + 799.88 + 480.00 net; VAT 2750.00 + 39.99 (799.88 x 5% = 39.994)
      ImportoTotaleDocumento: "16569.87",
      Causale: "Servizi di marzo 2026",
    });
    expect(general.DatiContratto).toEqual({ IdDocumento: "Z0A1B2C3D4", CodiceCUP: "J41B25000123456", CodiceCIG: "Z0A1B2C3D4" });

    const goods = doc.FatturaElettronicaBody.DatiBeniServizi;
    expect(goods.DatiRiepilogo).toEqual([
      { AliquotaIVA: "22.00", ImponibileImporto: "12500.00", Imposta: "2750.00", EsigibilitaIVA: "S" },
      { AliquotaIVA: "5.00", ImponibileImporto: "799.88", Imposta: "39.99", EsigibilitaIVA: "S" },
      { AliquotaIVA: "0.00", Natura: "N4", ImponibileImporto: "480.00", Imposta: "0.00", RiferimentoNormativo: "Operazione esente art. 10 DPR 633/72" },
    ]);
    expect(goods.DettaglioLinee[1]).toEqual({
      NumeroLinea: "2",
      Descrizione: "Assistenza educativa (cooperativa sociale)",
      Quantita: "37.50",
      PrezzoUnitario: "21.33",
      PrezzoTotale: "799.88",
      AliquotaIVA: "5.00",
    });
    // Under split payment the public administration pays the consortium the net only.
    expect(doc.FatturaElettronicaBody.DatiPagamento.DettaglioPagamento).toEqual({
      ModalitaPagamento: "MP05",
      DataScadenzaPagamento: "2026-04-30",
      ImportoPagamento: "13779.88",
      IBAN: consortium.iban,
    });
  });

  it("for a private customer is FPR12 with a 7-character recipient code, VAT due at once and no contract codes", async () => {
    const xml = fatturaPAXml(
      {
        ...toPublicAdministration,
        customerName: "Fondazione Comunità Solidale",
        customerTaxCode: "01234560157",
        customerVatNumber: "01234560157",
        publicAdministration: false,
        recipientCode: "0000000",
        cig: null,
        cup: null,
        splitPayment: false,
        stampDuty: "0.00",
        notes: null,
      },
      lines.slice(0, 2),
      consortium,
      null,
    );
    expect(await fatturaPASchemaErrors(xml)).toEqual([]);
    const doc = parsed(xml)["p:FatturaElettronica"];
    expect(doc["@versione"]).toBe("FPR12");
    expect(doc.FatturaElettronicaHeader.DatiTrasmissione.CodiceDestinatario).toBe("0000000");
    expect(doc.FatturaElettronicaHeader.CessionarioCommittente.DatiAnagrafici.IdFiscaleIVA).toEqual({ IdPaese: "IT", IdCodice: "01234560157" });
    expect(doc.FatturaElettronicaBody.DatiGenerali.DatiContratto).toBeUndefined();
    expect(doc.FatturaElettronicaBody.DatiGenerali.DatiGeneraliDocumento.DatiBollo).toBeUndefined();
    expect(doc.FatturaElettronicaBody.DatiBeniServizi.DatiRiepilogo.map((row: any) => row.EsigibilitaIVA)).toEqual(["I", "I"]);
    expect(doc.FatturaElettronicaBody.DatiPagamento.DettaglioPagamento.ImportoPagamento).toBe("16089.87");
  });

  it("for a credit note is TD04 and names the invoice it corrects", async () => {
    const xml = fatturaPAXml({ ...toPublicAdministration, documentType: "CREDIT_NOTE", number: 18, stampDuty: "0.00" }, lines.slice(0, 1), consortium, {
      year: 2026,
      number: 17,
      issueDate: day("2026-03-31"),
    });
    expect(await fatturaPASchemaErrors(xml)).toEqual([]);
    const general = parsed(xml)["p:FatturaElettronica"].FatturaElettronicaBody.DatiGenerali;
    expect(general.DatiGeneraliDocumento.TipoDocumento).toBe("TD04");
    expect(general.DatiFattureCollegate).toEqual({ IdDocumento: "17/2026", Data: "2026-03-31" });
  });

  it("is refused by the schema when a mandatory element is missing: the check is real", async () => {
    const xml = fatturaPAXml(toPublicAdministration, lines, consortium, null).replace(/<Divisa>EUR<\/Divisa>\s*/, "");
    const errors = await fatturaPASchemaErrors(xml);
    expect(errors.join("\n")).toContain("Divisa");
  });
});
