/**
 * __Name__'s rows of the access matrix, on its demo data (written by `npm run new:subgraph`): every
 * signed-in caller reads items, the consortium's staff records them. Change the rows as the
 * subgraph's own access rules grow: the test compares them with what each role really gets.
 */
import { demoId } from "@coopgraph/kit";
import { D, F, U, type SubgraphAccess } from "./matrix";

const ITEM = demoId("__camel__Item", 1);

//                              ADMIN MGR_A MGR_B INCL  ANALYST PARTNER ANON SERVICE
const SIGNED_IN   = [D,    D,    D,    D,    D,      D,      U,   D] as const;
const STAFF_WRITE = [D,    F,    F,    F,    F,      F,      U,   F] as const;

export const access: SubgraphAccess = {
  rows: {
    "Query.__camel__Items":       SIGNED_IN,
    "Query.__camel__Item":        SIGNED_IN,
    "Mutation.create__Name__Item": STAFF_WRITE,
    "__Name__Item.id":            SIGNED_IN,
    "__Name__Item.name":          SIGNED_IN,
    "__Name__Item.createdAt":     SIGNED_IN,
  },
  entities: {
    __Name__Item: { via: "__camel__Item(id: $id) { %s }", id: ITEM },
  },
  operations: {
    "Mutation.create__Name__Item": { args: (ctx) => ({ input: { name: `Item ${ctx.unique()}` } }) },
  },
};
