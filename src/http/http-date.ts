// RFC 9110 §5.6.7 HTTP-date, strictly: IMF-fixdate, the obsolete RFC 850 form and asctime, nothing else.
// Date.parse cannot be the validator: V8 reads "garbage 2030" as a date.
import { trimFieldValue } from "./headers.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Anchored at the start only: the caller decides what may follow (the end, or a list's next element).
// Literals rather than new RegExp(...), so that a bundler can drop them when this module is unused.
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT/;
const RFC_850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT/;
const ASCTIME = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})/;

/** Milliseconds since the epoch, or undefined when a field is out of range (Feb 30, 24:00:00). */
function toEpochMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 1 && leap ? 29 : DAYS_IN_MONTH[month];
  if (days === undefined || day < 1 || day > days) return undefined;
  // RFC 9110 allows second 60 for a leap second.
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // Date.UTC maps years 0-99 to 1900-1999; set the year separately so that "0099" stays year 99.
  const date = new Date(Date.UTC(2000, month, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * Reads an HTTP-date at the start of `text`. Gives the time and how many characters it used, so that a
 * caller can take the first element of a comma-joined list (IMF-fixdate itself contains a comma).
 * The day name must be a valid name; it is not checked against the date, as RFC 9110 does not ask it.
 */
export function parseHttpDatePrefix(text: string, now: number): { ms: number; length: number } | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m) {
    const ms = toEpochMs(Number(m[4]), MONTHS.indexOf(m[3]!), Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
    return ms === undefined ? undefined : { ms, length: m[0].length };
  }
  m = RFC_850.exec(text);
  if (m) {
    // RFC 9110: a two-digit year more than 50 years in the future is the most recent past year with those digits.
    const yy = Number(m[4]);
    const current = Number.isFinite(now) ? new Date(now).getUTCFullYear() : 1970;
    let year = Math.floor(current / 100) * 100 + yy;
    if (year > current + 50) year -= 100;
    const ms = toEpochMs(year, MONTHS.indexOf(m[3]!), Number(m[2]), Number(m[5]), Number(m[6]), Number(m[7]));
    return ms === undefined ? undefined : { ms, length: m[0].length };
  }
  m = ASCTIME.exec(text);
  if (m) {
    const ms = toEpochMs(Number(m[7]), MONTHS.indexOf(m[2]!), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    return ms === undefined ? undefined : { ms, length: m[0].length };
  }
  return undefined;
}

/** An HTTP-date and nothing else (SP and HTAB around it aside), in ms since the epoch; undefined otherwise. */
export function parseHttpDate(text: string, now: number = Date.now()): number | undefined {
  if (typeof text !== "string") return undefined;
  const trimmed = trimFieldValue(text);
  const parsed = parseHttpDatePrefix(trimmed, now);
  return parsed && parsed.length === trimmed.length ? parsed.ms : undefined;
}
