import { startPlatform, type Platform } from "@coopgraph/testing";
import { subgraph } from "../src/app";

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform([subgraph]);
});
afterAll(() => platform?.stop());

describe("__name__", () => {
  it("records an item and lists it through the gateway", async () => {
    const created = await platform.query(`mutation ($input: Create__Name__ItemInput!) { create__Name__Item(input: $input) { id name } }`, { input: { name: "  First  " } });
    expect(created.errors).toBeUndefined();
    expect(created.data.create__Name__Item).toEqual({ id: expect.any(String), name: "First" });
    const listed = await platform.query(`{ __camel__Items(first: 10) { totalCount nodes { name } } }`);
    expect(listed.data).toEqual({ __camel__Items: { totalCount: 1, nodes: [{ name: "First" }] } });
  });

  it("refuses an item without a name, naming the field", async () => {
    const refused = await platform.query(`mutation { create__Name__Item(input: { name: "  " }) { id } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.name" });
  });
});
