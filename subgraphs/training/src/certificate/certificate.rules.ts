/** The certificate number: its year and sequence in the year, "2026/0001". */
export function certificateNumber(year: number, sequence: number): string {
  return `${year}/${String(sequence).padStart(4, "0")}`;
}
