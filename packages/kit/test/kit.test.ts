import { GraphQLError, Kind } from "graphql";
import { identityConfigFromEnv } from "@coopgraph/identity";
import {
  createLogger,
  DatedSetting,
  DateScalar,
  DateTimeScalar,
  DecimalScalar,
  RateScalar,
  decodeCursor,
  demoId,
  encodeCursor,
  identityReader,
  logLevel,
  MAX_PAGE_SIZE,
  paginateLoaded,
  pageQuery,
  parseDate,
  today,
} from "../src";

describe("Date", () => {
  it("reads real calendar dates only", () => {
    expect(parseDate("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(parseDate("2026-02-29")).toBeUndefined();
    expect(parseDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseDate("26-02-01")).toBeUndefined();
    expect(() => DateScalar.parseValue("2026-13-01")).toThrow('"2026-13-01" is not a day of the calendar');
  });
  it("writes YYYY-MM-DD", () => {
    expect(DateScalar.serialize(new Date("2026-03-01T00:00:00.000Z"))).toBe("2026-03-01");
  });
});

describe("today", () => {
  it("is the date in Italy, not in UTC", () => {
    expect(today(new Date("2026-03-01T23:30:00Z"))).toEqual(new Date("2026-03-02T00:00:00.000Z"));
    expect(today(new Date("2026-07-15T21:59:00Z"))).toEqual(new Date("2026-07-15T00:00:00.000Z"));
    expect(today(new Date("2026-07-15T22:00:00Z"))).toEqual(new Date("2026-07-16T00:00:00.000Z"));
  });
});

describe("Decimal", () => {
  it("keeps exact strings and prints two decimals", () => {
    expect(DecimalScalar.parseValue("1234.5")).toBe("1234.5");
    expect(DecimalScalar.serialize("1234.5")).toBe("1234.50");
    expect(DecimalScalar.parseValue(100)).toBe("100");
  });
  it("leaves ratios with more decimals to Rate", () => {
    expect(() => DecimalScalar.serialize("0.1234")).toThrow("Decimal cannot represent 0.1234");
    expect(RateScalar.serialize("0.1234")).toBe("0.1234");
  });
  it("refuses floats and text", () => {
    expect(() => DecimalScalar.parseValue(0.1)).toThrow(GraphQLError);
    expect(() => DecimalScalar.parseValue("1e3")).toThrow("is not an exact decimal");
  });
});

describe("pagination", () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({ id: demoId("row", i) }));
  const id = (i: number) => rows[i].id;

  it("pages through a loaded list with opaque cursors", () => {
    const first = paginateLoaded(rows, { first: 2 });
    expect(first).toEqual({
      edges: [
        { cursor: encodeCursor(id(0)), node: rows[0] },
        { cursor: encodeCursor(id(1)), node: rows[1] },
      ],
      nodes: rows.slice(0, 2),
      totalCount: 5,
      pageInfo: { hasNextPage: true, endCursor: encodeCursor(id(1)) },
    });
    const last = paginateLoaded(rows, { first: 2, after: encodeCursor(id(3)) });
    expect(last.nodes).toEqual([rows[4]]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(id(4)) });
  });

  it("caps first at 100 and names the argument at fault", () => {
    expect(() => pageQuery({ first: MAX_PAGE_SIZE + 1 })).toThrow(
      expect.objectContaining({ message: "first can be at most 100; page through longer lists with after", extensions: { code: "BAD_USER_INPUT", field: "first" } }),
    );
    expect(() => pageQuery({ first: -1 })).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "first" } }));
  });

  it("refuses a cursor it did not give out", () => {
    expect(decodeCursor(encodeCursor(id(2)))).toBe(id(2));
    expect(() => decodeCursor(encodeCursor("abc"))).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "after" } }));
    expect(() => decodeCursor("bm9wZQ")).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "after" } }));
  });
});

describe("dated settings", () => {
  const threshold = new DatedSetting("EU threshold", [
    { from: "2024-01-01", value: "221000", source: "Reg. UE 2023/2495" },
    { from: "2026-01-01", value: "216000", source: "a later regulation" },
  ]);
  it("takes the value in force on the day", () => {
    expect(threshold.at("2025-12-31")).toBe("221000");
    expect(threshold.at(new Date("2026-01-01T00:00:00Z"))).toBe("216000");
    expect(() => threshold.at("2023-12-31")).toThrow("EU threshold: no value configured for 2023-12-31");
    expect(threshold.covers("2023-12-31")).toBe(false);
    expect(threshold.covers("2024-01-01")).toBe(true);
  });
});

describe("exact input", () => {
  it("keeps the digits of a large Int literal given as a Decimal", () => {
    expect(DecimalScalar.parseLiteral({ kind: Kind.INT, value: "999999999999" } as never, {})).toBe("999999999999");
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.INT, value: "99999999999999999" } as never, {})).toThrow("is too large: a Decimal has at most 12 digits");
    expect(() => DecimalScalar.parseValue(1e21)).toThrow("is written as a string");
  });

  it("reads an instant only with its zone", () => {
    expect(DateTimeScalar.parseValue("2026-03-01T09:30:00+01:00")).toEqual(new Date("2026-03-01T08:30:00.000Z"));
    expect(DateTimeScalar.parseValue("2026-03-01T09:30:00.000Z")).toEqual(new Date("2026-03-01T09:30:00.000Z"));
    expect(() => DateTimeScalar.parseValue("2026-03-01T09:30")).toThrow("is not an instant");
  });
});

describe("a request's logger (ctx.log)", () => {
  it("writes every line with the request id it was forwarded", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = createLogger("membership", { level: "info", destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    const ctx = await identityReader(identityConfigFromEnv({}), log)({ "x-request-id": "req-7" });
    ctx.log.info({ cooperativeId: "c-1" }, "admitted");
    expect(lines).toEqual([expect.objectContaining({ name: "membership", requestId: "req-7", cooperativeId: "c-1", msg: "admitted" })]);
  });

  it("is silent under jest unless LOG_LEVEL says otherwise", () => {
    expect(logLevel({ JEST_WORKER_ID: "1" })).toBe("silent");
    expect(logLevel({ JEST_WORKER_ID: "1", LOG_LEVEL: "debug" })).toBe("debug");
    expect(logLevel({})).toBe("info");
  });
});
