/**
 * Days as integers (days since 1970-01-01, UTC), the way the large seed computes dates; `iso` turns
 * one into the YYYY-MM-DD a date column takes.
 */
const DAY_MS = 86_400_000;
const cache = new Map();

/** @param {string} text YYYY-MM-DD */
const dayOf = (text) => Math.floor(Date.parse(`${text}T00:00:00.000Z`) / DAY_MS);

/** @param {number} day */
function iso(day) {
  let text = cache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    cache.set(day, text);
  }
  return text;
}

/** @param {number} day */
const toDate = (day) => new Date(day * DAY_MS);
/** @param {Date} date */
const fromDate = (date) => Math.floor(date.getTime() / DAY_MS);
/** A timestamp on `day`, `minutes` after midnight UTC. */
const at = (day, minutes = 540) => new Date(day * DAY_MS + minutes * 60_000);
/** @param {number} day */
const yearOf = (day) => new Date(day * DAY_MS).getUTCFullYear();
/** The first day of `day`'s month. */
const monthStart = (day) => {
  const d = new Date(day * DAY_MS);
  return fromDate(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)));
};

module.exports = { DAY_MS, dayOf, iso, toDate, fromDate, at, yearOf, monthStart };
