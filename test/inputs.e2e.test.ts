/**
 * A malformed Decimal or Date is refused at the gateway, before any planning: BAD_USER_INPUT
 * naming the input path, the same whether the value comes as a variable or inline, and no
 * subgraph hears of it.
 */
import { localSubgraphUrl, readRegistry } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import { addressesIn, errorsOf, literal, subgraphAddresses } from "./support/graphql";

let platform: Platform;
let addresses: string[];
beforeAll(async () => {
  platform = await startPlatform(["membership", "procurement"], { countRequests: true });
  addresses = [...subgraphAddresses(platform.subgraphUrls), ...readRegistry().map((entry) => new URL(localSubgraphUrl(entry)).host)];
});
afterAll(() => platform?.stop());

const ENUMS = new Set(["object", "procedure", "kind"]);

let cigs = 0;
function tender(overrides: Record<string, unknown> = {}) {
  cigs += 1;
  return {
    cig: `R${String(process.pid % 10_000).padStart(4, "0")}${String(cigs).padStart(5, "0")}`,
    title: "Pulizia degli uffici comunali",
    object: "SERVICES",
    procedure: "OPEN",
    buyer: { name: "Comune di Bergamo", taxCode: "80034840167", kind: "SUB_CENTRAL_AUTHORITY" },
    baseAmount: "180000.00",
    deadline: "2030-05-15",
    ...overrides,
  };
}

const AS_VARIABLE = "mutation ($input: CreateTenderInput!) { createTender(input: $input) { id baseAmount deadline } }";
const inline = (input: object) => `mutation { createTender(input: ${literal(input, ENUMS)}) { id baseAmount deadline } }`;

/** Sends createTender both ways and returns both answers. */
async function bothWays(input: Record<string, unknown>) {
  return [await platform.query(AS_VARIABLE, { input }), await platform.query(inline(input))];
}

const refused: [field: string, value: unknown, message: string][] = [
  ["input.baseAmount", "abc", '"abc" is not an exact decimal: write it as a string such as "1234.50"'],
  ["input.baseAmount", "1e3", '"1e3" is not an exact decimal: write it as a string such as "1234.50"'],
  ["input.baseAmount", "99999999999999999999.99", '"99999999999999999999.99" is too large: a Decimal has at most 12 digits before the decimal point'],
  ["input.baseAmount", "1250.005", 'a Decimal has at most 2 decimals; "1250.005" has 3'],
  ["input.deadline", "2026-02-30", '"2026-02-30" is not a day of the calendar'],
  ["input.deadline", "2026-13-01", '"2026-13-01" is not a day of the calendar'],
];

describe("createTender with a malformed scalar", () => {
  it.each(refused)("refuses %s = %j at the gateway, as a variable and inline alike, calling no subgraph", async (field, value, message) => {
    const key = field.split(".")[1];
    const before = platform.requestsTo("procurement") + platform.requestsTo("membership");

    const answers = await bothWays(tender({ [key]: value }));

    for (const answer of answers) {
      expect(answer).toEqual({ status: 400, errors: [{ message, extensions: { code: "BAD_USER_INPUT", field } }] });
      expect(addressesIn(answer, addresses)).toEqual([]);
    }
    expect(platform.requestsTo("procurement") + platform.requestsTo("membership")).toBe(before);
  });

  it("names the path inside a list of lots", async () => {
    const input = tender({
      lots: [
        { title: "Lotto 1", baseAmount: "90000.00" },
        { title: "Lotto 2", baseAmount: "90000,00" },
      ],
    });

    for (const answer of await bothWays(input)) {
      expect(errorsOf(answer)).toEqual([
        { code: "BAD_USER_INPUT", field: "input.lots.1.baseAmount", message: '"90000,00" is not an exact decimal: write it as a string such as "1234.50"' },
      ]);
    }
  });

  it("names the argument a variable stands for, whatever the variable is called", async () => {
    const answer = await platform.query(
      `mutation ($amount: Decimal!, $day: Date!) {
        createTender(input: { cig: "R000000001", title: "t", object: SERVICES, procedure: OPEN, buyer: { name: "b", taxCode: "80034840167", kind: PRIVATE_CLIENT }, baseAmount: $amount, deadline: $day }) { id }
      }`,
      { amount: "100.00", day: "2026-02-29" },
    );

    expect(errorsOf(answer)).toEqual([{ code: "BAD_USER_INPUT", field: "input.deadline", message: '"2026-02-29" is not a day of the calendar' }]);
  });

  it("lets the same tender through once its values are right", async () => {
    const before = platform.requestsTo("procurement");

    const answer = await platform.query(AS_VARIABLE, { input: tender({ baseAmount: "1250.5", deadline: "2028-02-29" }) });

    expect(answer.errors).toBeUndefined();
    expect(answer.data.createTender).toEqual({ id: expect.any(String), baseAmount: "1250.50", deadline: "2028-02-29" });
    expect(platform.requestsTo("procurement")).toBeGreaterThan(before);
  });
});
