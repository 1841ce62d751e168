// Generated from catalog/*.yaml by scripts/emit/validator.ts from scripts/emit/runtime/formats.js (npm run build); do not edit.
// The two string formats the envelope schema uses, for ajv at build time and for the precompiled
// validator at run time (copied next to it into generated/ts/). Plain JavaScript, small and pure, instead
// of ajv-formats' CommonJS module, so that the validator is real ESM and bundlers can drop it when unused.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** RFC 3339 date-time, as JSON Schema's "date-time" format means it (leap seconds allowed at :60). */
export function isDateTime(value) {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS[month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  return m[8] === undefined || (Number(m[8]) <= 23 && Number(m[9]) <= 59);
}

/** An absolute URI (RFC 3986): a scheme, then no spaces. */
export function isUri(value) {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(value) && !/[<>"{}|\\^`]/.test(value);
}

export const formats = { "date-time": isDateTime, uri: isUri };
