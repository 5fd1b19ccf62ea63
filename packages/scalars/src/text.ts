/**
 * Control characters (other than tab, line feed and carriage return) and lone UTF-16 surrogates
 * are never part of a name, a code or a note, and PostgreSQL refuses some of them (a NUL byte, an
 * unpaired surrogate) with an internal error. Every text input is checked for them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are refused.
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

/** Why this text is refused, or null when it is acceptable. */
export function textFault(value: string): string | null {
  const found = UNPRINTABLE.exec(value);
  if (!found) return null;
  const unit = found[0].charCodeAt(0);
  const code = unit.toString(16).toUpperCase().padStart(4, "0");
  const kind = unit >= 0xd800 && unit <= 0xdfff ? "half of a surrogate pair" : "a control character";
  return `this text contains U+${code}, ${kind}, at position ${found.index + 1}; remove it`;
}
