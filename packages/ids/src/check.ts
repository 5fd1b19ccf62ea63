/** The answer of every identifier check: the normalised value, or a reason a person understands. */
export type IdCheck = { ok: true; value: string } | { ok: false; reason: string };

/** Identifiers are stored and answered upper case and without spaces, so every check starts here. */
export function normalise(input: string): string {
  return String(input ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();
}

export function ok(value: string): IdCheck {
  return { ok: true, value };
}

export function fail(reason: string): IdCheck {
  return { ok: false, reason };
}

/** The first character outside [A-Z0-9], for a message that names it; undefined when there is none. */
export function firstNonAlphanumeric(value: string): string | undefined {
  return value.match(/[^A-Z0-9]/)?.[0];
}
