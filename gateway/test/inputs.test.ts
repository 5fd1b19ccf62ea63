import { CUSTOM_SCALARS } from "@coopgraph/scalars";
import { createGateway, type RunningGateway } from "../src/gateway";
import { silentLogger } from "../src/logger";
import { postGraphQL } from "./support/http";
import { testIdentity } from "./support/gateway";
import { composeSupergraph, serve, type TestSubgraph } from "./support/subgraphs";

/** A subgraph with the graph's own scalars in its inputs, built from @coopgraph/scalars like the real ones. */
const QUOTES_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  scalar Decimal
  scalar Date

  enum Unit { PIECE BOX }

  input LineInput { item: String!, unit: Unit!, price: Decimal!, quantity: Int = 1 }
  input QuoteInput { lines: [LineInput!]!, validUntil: Date, note: String }

  type Query {
    quote(input: QuoteInput!, first: Int): String
    on(day: Date!): Date
  }
`;

let quotes: TestSubgraph;
let gateway: RunningGateway;
let supergraphSdl: string;

beforeAll(async () => {
  quotes = await serve("quotes", QUOTES_SDL, () => ({
    Decimal: CUSTOM_SCALARS.Decimal,
    Date: CUSTOM_SCALARS.Date,
    Query: {
      quote: (_: unknown, { input }: { input: { lines: { price: string }[] } }) => input.lines.map((line) => line.price).join("+"),
      on: (_: unknown, { day }: { day: Date }) => day,
    },
  }));
  supergraphSdl = composeSupergraph([{ name: "quotes", sdl: QUOTES_SDL, url: quotes.url }]);
  gateway = await createGateway({ supergraphSdl, identity: testIdentity, port: 0, host: "127.0.0.1", logger: silentLogger });
});

afterAll(async () => {
  await gateway?.stop();
  await quotes?.stop();
});

beforeEach(() => {
  quotes.seen.length = 0;
});

const QUOTE = "query ($input: QuoteInput!, $first: Int) { quote(input: $input, first: $first) }";
const line = (overrides: Record<string, unknown> = {}) => ({ item: "gloves", unit: "BOX", price: "12.50", ...overrides });

/** The one error of an answer refused at the gateway, with no subgraph called. */
async function refusal(request: { query: string; variables?: Record<string, unknown> }) {
  const answer = await postGraphQL(`${gateway.url}/graphql`, request);
  expect(quotes.seen).toEqual([]);
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toHaveLength(1);
  const [error] = answer.body.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

describe("inputs checked at the gateway", () => {
  it("lets good values through to the subgraph", async () => {
    const answer = await postGraphQL(`${gateway.url}/graphql`, { query: QUOTE, variables: { input: { lines: [line(), line({ price: 3 })], validUntil: "2028-02-29" } } });

    expect(answer.body).toEqual({ data: { quote: "12.50+3" } });
    expect(quotes.seen).toHaveLength(1);
  });

  it.each([
    ["a Decimal", { input: { lines: [line(), line({ price: "3,50" })] } }, "input.lines.1.price", '"3,50" is not an exact decimal: write it as a string such as "1234.50"'],
    ["a Date", { input: { lines: [line()], validUntil: "2026-04-31" } }, "input.validUntil", '"2026-04-31" is not a day of the calendar'],
    ["an enum", { input: { lines: [line({ unit: "CRATE" })] } }, "input.lines.0.unit", '"CRATE" is not a Unit: use one of PIECE, BOX'],
    ["a missing field", { input: { lines: [{ item: "gloves", price: "1.00" }] } }, "input.lines.0.unit", "a value is required here"],
    ["a null where a value is required", { input: { lines: [line({ item: null })] } }, "input.lines.0.item", "a value is required here"],
    ["an unknown field", { input: { lines: [line()], colour: "red" } }, "input.colour", "QuoteInput has no field colour"],
    ["an object that is not one", { input: { lines: ["gloves"] } }, "input.lines.0", "this is an object of type LineInput"],
    ["an Int out of range", { input: { lines: [line()] }, first: 2 ** 31 }, "first", "Int cannot represent non 32-bit signed integer value: 2147483648"],
    ["an Int given as text", { input: { lines: [line({ quantity: "3" })] } }, "input.lines.0.quantity", 'Int cannot represent non-integer value: "3"'],
    ["a String that is a number", { input: { lines: [line({ item: 7 })] } }, "input.lines.0.item", "String cannot represent a non string value: 7"],
    ["a control character", { input: { lines: [line()], note: "ok\u0000" } }, "input.note", "this text contains U+0000, a control character, at position 3; remove it"],
  ])("refuses %s in variables, naming its path", async (_what, variables, field, message) => {
    expect(await refusal({ query: QUOTE, variables })).toEqual({ code: "BAD_USER_INPUT", field, message });
  });

  it("refuses a missing required variable", async () => {
    expect(await refusal({ query: QUOTE, variables: {} })).toEqual({ code: "BAD_USER_INPUT", field: "input", message: "a value is required here" });
  });

  it("checks inline values with the same scalars, naming the same path", async () => {
    const query = '{ quote(input: { lines: [{ item: "gloves", unit: BOX, price: "12.50" }, { item: "tape", unit: PIECE, price: "1.005" }] }) }';

    expect(await refusal({ query })).toEqual({ code: "BAD_USER_INPUT", field: "input.lines.1.price", message: 'a Decimal has at most 2 decimals; "1.005" has 3' });
  });

  it("checks values inside fragments and default values of variables", async () => {
    expect(await refusal({ query: 'query { ...Q } fragment Q on Query { on(day: "2026-02-29") }' })).toEqual({
      code: "BAD_USER_INPUT",
      field: "day",
      message: '"2026-02-29" is not a day of the calendar',
    });
    expect(await refusal({ query: 'query ($d: Date! = "2026-13-01") { on(day: $d) }' })).toEqual({
      code: "BAD_USER_INPUT",
      field: "day",
      message: '"2026-13-01" is not a day of the calendar',
    });
  });

  it("names a variable by the argument it stands for", async () => {
    const query = 'query ($price: Decimal!) { quote(input: { lines: [{ item: "x", unit: BOX, price: $price }] }) }';

    expect(await refusal({ query, variables: { price: "1e3" } })).toEqual({
      code: "BAD_USER_INPUT",
      field: "input.lines.0.price",
      message: '"1e3" is not an exact decimal: write it as a string such as "1234.50"',
    });
  });

  it("refuses to start on a graph with a scalar it cannot check", async () => {
    const sdl = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      scalar Mystery
      type Query { guess(value: Mystery!): Boolean }`;

    await expect(
      createGateway({ supergraphSdl: composeSupergraph([{ name: "odd", sdl, url: quotes.url }]), identity: testIdentity, port: 0, host: "127.0.0.1", logger: silentLogger }),
    ).rejects.toThrow("the supergraph has scalars the gateway cannot check: Mystery; add them to @coopgraph/scalars");
  });
});
