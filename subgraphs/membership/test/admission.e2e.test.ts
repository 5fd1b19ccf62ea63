import { partitaIvaCheckDigit } from "@coopgraph/ids";
import { isoDate, today } from "@coopgraph/kit";
import { startPlatform, type Platform } from "@coopgraph/testing";
import { subgraph as membership } from "../src/app";

/** Law 381/1991 art. 8, at admission: a consortium of 7 social cooperatives and 2 other bodies. */
let platform: Platform;
let serial = 0;
const taxCode = () => {
  const first10 = `${String(5_000_000 + ++serial).padStart(7, "0")}015`;
  return first10 + partitaIvaCheckDigit(first10);
};

beforeAll(async () => {
  platform = await startPlatform([membership]);
  for (const type of ["A", "A", "B", "B", "AB", "A", "CONSORTIUM", "OTHER", "OTHER"]) {
    await platform.db.membership.cooperative.create({
      data: {
        name: `Socio ${serial}`,
        taxCode: taxCode(),
        alboNumber: type === "OTHER" ? null : `A${700_000 + serial}`,
        type,
        status: "ACTIVE",
        municipality: "Milano",
        province: "MI",
        region: "Lombardia",
        atecoCodes: ["88.10.00"],
      },
    });
  }
});
afterAll(() => platform?.stop());

const todayInItaly = () => isoDate(today());

async function applyOther(name: string): Promise<string> {
  const res = await platform.query(`mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`, {
    input: { name, taxCode: taxCode(), type: "OTHER", municipality: "Milano", province: "MI", atecoCodes: ["70.22.09"], requestedShareCapital: "500.00" },
  });
  expect(res.errors).toBeUndefined();
  return res.data.applyForMembership.id;
}

const admit = (cooperativeId: string, n: number) =>
  platform.query(`mutation($input: DecideMembershipApplicationInput!) { decideMembershipApplication(input: $input) { status } }`, {
    input: { cooperativeId, decision: "ADMIT", resolutionNumber: `CdA ${n}`, resolutionDate: todayInItaly() },
  });

describe("admitting a member that is not a social cooperative", () => {
  it("is allowed while social cooperatives stay at least 70% of the members, and refused below", async () => {
    const first = await applyOther("Studio Associato Uno");
    expect((await admit(first, 1)).data).toEqual({ decideMembershipApplication: { status: "ACTIVE" } }); // 7 of 10: exactly 70%

    const second = await applyOther("Fondazione Due");
    const refused = await admit(second, 2);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({
      message: "admitting it would leave 7 social cooperatives among 11 members (0.6364); Law 381/1991 art. 8 requires at least 0.70",
      extensions: { code: "CONFLICT", field: "input.decision" },
    });
    const row = await platform.db.membership.cooperative.findUnique({ where: { id: second } });
    expect(row.status).toBe("APPLICANT");
    expect(await platform.db.membership.statusChange.count({ where: { cooperativeId: second } })).toBe(1);
    const compliance = await platform.query(`{ consortiumCompliance { members socialCooperatives ratio compliant } }`);
    expect(compliance.data.consortiumCompliance).toEqual({ members: 10, socialCooperatives: 7, ratio: "0.7000", compliant: true });
  });

  it("lets exactly one of several concurrent admissions take the last room", async () => {
    for (const n of [1, 2, 3]) {
      await platform.db.membership.cooperative.create({
        data: {
          name: `Socio sociale in più ${n}`,
          taxCode: taxCode(),
          alboNumber: `A${790_000 + serial}`,
          type: "B",
          status: "ACTIVE",
          municipality: "Milano",
          province: "MI",
          region: "Lombardia",
          atecoCodes: ["81.29.10"],
        },
      });
    } // 10 of 13 social: room for one more other body (10 of 14 = 71.4%), not two (10 of 15 = 66.7%)
    const applicants: string[] = [];
    for (const n of [3, 4, 5, 6, 7, 8]) applicants.push(await applyOther(`Ente ${n}`));
    const results = await Promise.all(applicants.map((id, i) => admit(id, 3 + i)));
    expect(results.filter((r) => r.data?.decideMembershipApplication?.status === "ACTIVE")).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT")).toHaveLength(5);
    const compliance = await platform.query(`{ consortiumCompliance { members socialCooperatives compliant } }`);
    expect(compliance.data.consortiumCompliance).toEqual({ members: 14, socialCooperatives: 10, compliant: true });
  });
});
