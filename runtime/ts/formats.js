// The two string formats the envelope schema uses, for ajv at build time and for the precompiled
// validator at run time. Plain JavaScript, small and pure, instead of ajv-formats' CommonJS module, so
// that the validator is real ESM and bundlers can drop it when unused. The patterns arrive as a value:
// the policy that every language's envelope decoder reads (runtime/SPEC.md §10).

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MINUTES_PER_DAY = 24 * 60;

/**
 * RFC 3339 date-time, as JSON Schema's "date-time" format means it: a second of 60 (a leap second) only
 * in the last minute of a UTC day, 23:59 once the offset is taken away (runtime/SPEC.md §10).
 */
function isDateTime(pattern, value) {
  const m = pattern.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS[month - 1];
  if (days === undefined || day < 1 || day > days) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  const offsetHour = m[7] === undefined ? 0 : Number(m[8]);
  const offsetMinute = m[7] === undefined ? 0 : Number(m[9]);
  if (offsetHour > 23 || offsetMinute > 59) return false;
  if (second < 60) return true;
  const offsetMinutes = (m[7] === "-" ? -1 : 1) * (offsetHour * 60 + offsetMinute);
  const utcMinuteOfDay = (((hour * 60 + minute - offsetMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return utcMinuteOfDay === MINUTES_PER_DAY - 1;
}

/** An absolute URI (RFC 3986): a scheme, a colon, then no forbidden code point. */
function isUri(scheme, forbidden, value) {
  const m = scheme.exec(value);
  if (!m) return false;
  for (const c of value.slice(m[0].length)) if (forbidden.has(c.codePointAt(0))) return false;
  return true;
}

/** The "date-time" and "uri" checks under `policy`; see formats.d.ts. */
export function formatChecks(policy) {
  const dateTime = new RegExp(`^(?:${policy.dateTimePattern})$`);
  const scheme = new RegExp(`^(?:${policy.uriSchemePattern}):`);
  const forbidden = new Set(policy.uriForbidden);
  return { "date-time": (value) => isDateTime(dateTime, value), uri: (value) => isUri(scheme, forbidden, value) };
}
