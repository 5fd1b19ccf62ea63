/**
 * A figure that changes over time (thresholds, validity periods, rates): each value applies from
 * its date until the next one. Such figures are kept as dated configuration, never as literals
 * in code, so that a past date is judged by the rule in force then.
 */
export interface DatedEntry<T> {
  /** First day the value applies, YYYY-MM-DD. */
  from: string;
  value: T;
  /** The law or notice that sets it. */
  source: string;
}

export class DatedSetting<T> {
  private readonly entries: DatedEntry<T>[];

  constructor(
    readonly name: string,
    entries: DatedEntry<T>[],
  ) {
    if (entries.length === 0) throw new Error(`${name}: a dated setting needs at least one value`);
    this.entries = [...entries].sort((a, b) => a.from.localeCompare(b.from));
  }

  /** The value in force on `date` (a Date or YYYY-MM-DD); throws when the date precedes every entry. */
  at(date: Date | string): T {
    return this.entryAt(date).value;
  }

  /** Whether a value is configured for `date` (false before the first entry). */
  covers(date: Date | string): boolean {
    return this.dayOf(date) >= this.entries[0].from;
  }

  /** The first day any value applies. */
  get firstDay(): string {
    return this.entries[0].from;
  }

  private dayOf(date: Date | string): string {
    return typeof date === "string" ? date : date.toISOString().slice(0, 10);
  }

  entryAt(date: Date | string): DatedEntry<T> {
    const day = this.dayOf(date);
    const entry = [...this.entries].reverse().find((candidate) => candidate.from <= day);
    if (!entry) throw new Error(`${this.name}: no value configured for ${day} (first from ${this.entries[0].from})`);
    return entry;
  }
}
