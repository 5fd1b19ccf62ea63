import { trainingStats } from "../src/stats/stats.rules";

describe("the year's training figures", () => {
  it("add up by funding source, area and region, listing every source and area, exact to the hundredth and the cent", () => {
    const stats = trainingStats(
      2026,
      [
        { fundingSource: "FONCOOP", area: "SAFETY", region: "Lombardia", participants: 3, waiting: 1, attendedHours: "12.25", certificates: 2 },
        { fundingSource: "FONCOOP", area: "SAFETY", region: "Emilia-Romagna", participants: 2, waiting: 0, attendedHours: "8.00", certificates: 2 },
        { fundingSource: "REGION", area: "DIGITAL", region: "Lombardia", participants: 1, waiting: 0, attendedHours: "0.10", certificates: 0 },
      ],
      [
        { fundingSource: "FONCOOP", area: "SAFETY", courses: 2, fundingAmount: "1000.10" },
        { fundingSource: "REGION", area: "DIGITAL", courses: 1, fundingAmount: "0.20" },
        { fundingSource: "SELF_FUNDED", area: "LANGUAGES", courses: 1, fundingAmount: "0.00" },
      ],
      ["FONCOOP", "FSE_PLUS", "REGION", "SELF_FUNDED"],
      ["SAFETY", "DIGITAL", "LANGUAGES"],
    );
    const none = { participants: 0, waiting: 0, attendedHours: "0.00", certificates: 0, courses: 0, fundingAmount: "0.00" };
    expect(stats).toEqual({
      year: 2026,
      total: { participants: 6, waiting: 1, attendedHours: "20.35", certificates: 4, courses: 4, fundingAmount: "1000.30" },
      byFundingSource: [
        { fundingSource: "FONCOOP", participants: 5, waiting: 1, attendedHours: "20.25", certificates: 4, courses: 2, fundingAmount: "1000.10" },
        { fundingSource: "FSE_PLUS", ...none },
        { fundingSource: "REGION", participants: 1, waiting: 0, attendedHours: "0.10", certificates: 0, courses: 1, fundingAmount: "0.20" },
        { fundingSource: "SELF_FUNDED", ...none, courses: 1 },
      ],
      byArea: [
        { area: "SAFETY", participants: 5, waiting: 1, attendedHours: "20.25", certificates: 4, courses: 2, fundingAmount: "1000.10" },
        { area: "DIGITAL", participants: 1, waiting: 0, attendedHours: "0.10", certificates: 0, courses: 1, fundingAmount: "0.20" },
        { area: "LANGUAGES", ...none, courses: 1 },
      ],
      byRegion: [
        { region: "Emilia-Romagna", participants: 2, waiting: 0, attendedHours: "8.00", certificates: 2 },
        { region: "Lombardia", participants: 4, waiting: 1, attendedHours: "12.35", certificates: 2 },
      ],
    });
  });
});
