import { formatCents, toCents } from "@coopgraph/kit";
import type { FundingSource, TrainingArea } from "../db";
import { formatHours, hundredths } from "../hours";

/** One group of enrolments counted by the database: a course's funding source and area, and the region. */
export interface EnrolmentGroup {
  fundingSource: FundingSource;
  area: TrainingArea;
  region: string;
  participants: number;
  waiting: number;
  attendedHours: string;
  certificates: number;
}

/** One group of courses: their funding source and area. */
export interface CourseGroup {
  fundingSource: FundingSource;
  area: TrainingArea;
  courses: number;
  fundingAmount: string;
}

interface Sum {
  participants: number;
  waiting: number;
  hours: bigint;
  certificates: number;
  courses: number;
  cents: bigint;
}

const empty = (): Sum => ({ participants: 0, waiting: 0, hours: 0n, certificates: 0, courses: 0, cents: 0n });
const figures = (s: Sum) => ({ participants: s.participants, waiting: s.waiting, attendedHours: formatHours(s.hours), certificates: s.certificates });
const courseFigures = (s: Sum) => ({ ...figures(s), courses: s.courses, fundingAmount: formatCents(s.cents) });

/** The year's figures by funding source, by area (every value listed) and by region, exact to the hundredth of an hour and the cent. */
export function trainingStats(
  year: number,
  enrolments: readonly EnrolmentGroup[],
  courses: readonly CourseGroup[],
  sources: readonly FundingSource[],
  areas: readonly TrainingArea[],
) {
  const bySource = new Map(sources.map((s) => [s, empty()]));
  const byArea = new Map(areas.map((a) => [a, empty()]));
  const byRegion = new Map<string, Sum>();
  const total = empty();
  for (const group of enrolments) {
    if (!byRegion.has(group.region)) byRegion.set(group.region, empty());
    for (const sum of [bySource.get(group.fundingSource)!, byArea.get(group.area)!, byRegion.get(group.region)!, total]) {
      sum.participants += group.participants;
      sum.waiting += group.waiting;
      sum.hours += hundredths(group.attendedHours);
      sum.certificates += group.certificates;
    }
  }
  for (const group of courses) {
    for (const sum of [bySource.get(group.fundingSource)!, byArea.get(group.area)!, total]) {
      sum.courses += group.courses;
      sum.cents += toCents(group.fundingAmount);
    }
  }
  return {
    year,
    total: courseFigures(total),
    byFundingSource: sources.map((fundingSource) => ({ fundingSource, ...courseFigures(bySource.get(fundingSource)!) })),
    byArea: areas.map((area) => ({ area, ...courseFigures(byArea.get(area)!) })),
    byRegion: [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b, "it")).map(([region, sum]) => ({ region, ...figures(sum) })),
  };
}
