/** __Name__'s part of the bad-input sweep (written by `npm run new:subgraph`): add a block per mutation it gains. */
import { badText } from "./values";
import { MISSING, type SubgraphSweep } from "./sweep";

export const sweep: SubgraphSweep = {
  operations: {
    create__Name__Item: {
      query: "mutation ($input: Create__Name__ItemInput!) { create__Name__Item(input: $input) { id } }",
      valid: () => ({ input: { name: "A well-formed item" } }),
      cases: [{ path: "input.name", values: [...badText(200), MISSING, null] }],
    },
  },
};
