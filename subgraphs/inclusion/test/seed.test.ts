import { demoPersonId as membershipPersonId } from "@coopgraph/membership";
import { demoPersonId } from "../src/seed";

describe("the demo data's references to membership's", () => {
  it("names membership's demo people as membership does", () => {
    for (const [n, k] of [
      [2, 0],
      [20, 1],
      [10, 0],
      [5, 8],
    ])
      expect(demoPersonId(n, k)).toBe(membershipPersonId(n, k));
  });
});
