import { Loaders } from "@coopgraph/kit";
import type { GraphQLResolveInfo } from "graphql";
import { PlacementRead, recordPath } from "../src/audit/audit.guard";

const info = {
  path: {
    prev: { prev: { prev: { prev: undefined, key: "placements", typename: "Query" }, key: "nodes", typename: "PlacementConnection" }, key: 3, typename: undefined },
    key: "category",
    typename: "Placement",
  },
  operation: { operation: "query", name: { value: "Review" } },
} as unknown as GraphQLResolveInfo;

describe("the guard on every field of a placement", () => {
  it("names where the record sits in the answer", () => {
    expect(recordPath(info.path)).toBe("placements.nodes.3");
  });

  it.each(["ANALYST", "PARTNER", "SERVICE"] as const)("refuses a %s even when a resolver let the placement through, before anything is read or recorded", async (role) => {
    const next = jest.fn();
    const context = { identity: { sub: "x", role }, loaders: new Loaders(), requestId: "r", db: {} };
    await expect(PlacementRead({ root: { id: "p", cooperativeId: "c" }, args: {}, context, info } as never, next)).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
      message: "work placements are readable by the consortium's staff, inclusion operators and the cooperative's own manager only",
    });
    expect(next).not.toHaveBeenCalled();
  });

  it("refuses another cooperative's manager", async () => {
    const next = jest.fn();
    const context = { identity: { sub: "m", role: "COOP_MANAGER", coopId: "other" }, loaders: new Loaders(), requestId: "r", db: {} };
    await expect(PlacementRead({ root: { id: "p", cooperativeId: "c" }, args: {}, context, info } as never, next)).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
    expect(next).not.toHaveBeenCalled();
  });
});
