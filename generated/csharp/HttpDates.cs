// Copied from runtime/csharp/src/HttpDates.cs by npm run build: edit that file, not this copy.
// HTTP-date (RFC 9110 §5.6.7), strictly: IMF-fixdate, the obsolete RFC 850 form and asctime, nothing
// else (runtime/SPEC.md §4).
namespace VpnErrorCodes
{
    using System;
    using System.Globalization;
    using System.Text.RegularExpressions;

    internal static class HttpDates
    {
        // Anchored at the start only: the caller decides what may follow (the end, or a list's next element).
        private static readonly Regex ImfFixdate = new Regex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT", RegexOptions.CultureInvariant);
        private static readonly Regex Rfc850 = new Regex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ([0-9]{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT", RegexOptions.CultureInvariant);
        private static readonly Regex Asctime = new Regex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [0-9]|[0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) ([0-9]{4})", RegexOptions.CultureInvariant);
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>
        /// An HTTP-date at the start of <paramref name="text"/>, in Unix milliseconds, and how many characters
        /// it used, so that a caller can take the first element of a list (IMF-fixdate holds a comma itself).
        /// False when there is none, or a field is out of range (Feb 30, 24:00:00). The day name is not checked
        /// against the date. <paramref name="nowMs"/> places an RFC 850 date's two-digit year.
        /// </summary>
        internal static bool TryParsePrefix(string text, long nowMs, out long ms, out int length)
        {
            ms = 0;
            length = 0;
            if (text == null) return false;
            Match m = ImfFixdate.Match(text);
            if (m.Success) return At(m, Number(m, 4), Month(m, 3), Number(m, 2), Number(m, 5), Number(m, 6), Number(m, 7), out ms, out length);
            m = Rfc850.Match(text);
            if (m.Success)
            {
                // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those
                // digits. A clock with no calendar date places no year.
                long current;
                if (!CivilCalendar.TryYearOf(nowMs, out current)) return false;
                long year = FloorDiv(current, 100) * 100 + Number(m, 4);
                if (year > current + 50) year -= 100;
                return At(m, year, Month(m, 3), Number(m, 2), Number(m, 5), Number(m, 6), Number(m, 7), out ms, out length);
            }
            m = Asctime.Match(text);
            if (m.Success) return At(m, Number(m, 7), Month(m, 2), Number(m, 3), Number(m, 4), Number(m, 5), Number(m, 6), out ms, out length);
            return false;
        }

        private static int Number(Match m, int group)
        {
            // The groups are one to four ASCII digits (asctime's day may start with a space).
            return int.Parse(m.Groups[group].Value.TrimStart(' '), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        private static int Month(Match m, int group)
        {
            return Array.IndexOf(Months, m.Groups[group].Value) + 1;
        }

        private static long FloorDiv(long a, long b)
        {
            return a / b - (a % b < 0 ? 1 : 0);
        }

        // Second 60 is a leap second (RFC 9110); a time beyond the calendar's range is no date.
        private static bool At(Match m, long year, int month, int day, int hour, int minute, int second, out long ms, out int length)
        {
            ms = 0;
            length = m.Length;
            if (day < 1 || day > CivilCalendar.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return false;
            long at = (((CivilCalendar.DaysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000L;
            if (at > CivilCalendar.MaxTimeMs || at < -CivilCalendar.MaxTimeMs) return false;
            ms = at;
            return true;
        }
    }
}
