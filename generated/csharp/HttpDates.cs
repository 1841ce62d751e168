// Copied from runtime/csharp/src/HttpDates.cs by npm run build: edit that file, not this copy.
// HTTP-date (RFC 9110 §5.6.7), strictly: IMF-fixdate, the obsolete RFC 850 form and asctime, nothing
// else (runtime/SPEC.md §4).
namespace VpnErrorCodes
{
    using System;

    // A scanner, not regular expressions: a Regex costs a cold start on Mono its tens of milliseconds.
    internal static class HttpDates
    {
        private static readonly string[] Days = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
        private static readonly string[] LongDays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
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
            // Each form is anchored at the start only: the caller decides what may follow (the end, or a
            // list's next element).
            int at = 0, day, month, year, hour, minute, second;
            if (OneOf(text, ref at, Days) >= 0 && Literal(text, ref at, ", ") && Number(text, ref at, 2, out day) && Literal(text, ref at, " ")
                && (month = OneOf(text, ref at, Months) + 1) > 0 && Literal(text, ref at, " ") && Number(text, ref at, 4, out year)
                && Literal(text, ref at, " ") && Clock(text, ref at, out hour, out minute, out second) && Literal(text, ref at, " GMT"))
            {
                return At(at, year, month, day, hour, minute, second, out ms, out length);
            }
            at = 0;
            int twoDigitYear;
            if (OneOf(text, ref at, LongDays) >= 0 && Literal(text, ref at, ", ") && Number(text, ref at, 2, out day) && Literal(text, ref at, "-")
                && (month = OneOf(text, ref at, Months) + 1) > 0 && Literal(text, ref at, "-") && Number(text, ref at, 2, out twoDigitYear)
                && Literal(text, ref at, " ") && Clock(text, ref at, out hour, out minute, out second) && Literal(text, ref at, " GMT"))
            {
                // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those
                // digits. A clock with no calendar date places no year.
                long current;
                if (!CivilCalendar.TryYearOf(nowMs, out current)) return false;
                long fullYear = FloorDiv(current, 100) * 100 + twoDigitYear;
                if (fullYear > current + 50) fullYear -= 100;
                return At(at, fullYear, month, day, hour, minute, second, out ms, out length);
            }
            at = 0;
            if (OneOf(text, ref at, Days) >= 0 && Literal(text, ref at, " ") && (month = OneOf(text, ref at, Months) + 1) > 0 && Literal(text, ref at, " ")
                && (Literal(text, ref at, " ") ? Number(text, ref at, 1, out day) : Number(text, ref at, 2, out day))
                && Literal(text, ref at, " ") && Clock(text, ref at, out hour, out minute, out second) && Literal(text, ref at, " ") && Number(text, ref at, 4, out year))
            {
                return At(at, year, month, day, hour, minute, second, out ms, out length);
            }
            return false;
        }

        // The index of the word of <paramref name="words"/> at <paramref name="at"/>, which it moves past; -1 when none is there.
        private static int OneOf(string text, ref int at, string[] words)
        {
            for (int i = 0; i < words.Length; i++)
            {
                if (Literal(text, ref at, words[i])) return i;
            }
            return -1;
        }

        private static bool Literal(string text, ref int at, string literal)
        {
            if (string.CompareOrdinal(text, at, literal, 0, literal.Length) != 0 || at + literal.Length > text.Length) return false;
            at += literal.Length;
            return true;
        }

        // Exactly <paramref name="count"/> ASCII digits.
        private static bool Number(string text, ref int at, int count, out int value)
        {
            value = 0;
            if (at + count > text.Length) return false;
            for (int i = at; i < at + count; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            at += count;
            return true;
        }

        private static bool Clock(string text, ref int at, out int hour, out int minute, out int second)
        {
            minute = second = 0;
            return Number(text, ref at, 2, out hour) && Literal(text, ref at, ":") && Number(text, ref at, 2, out minute) && Literal(text, ref at, ":") && Number(text, ref at, 2, out second);
        }

        private static long FloorDiv(long a, long b)
        {
            return a / b - (a % b < 0 ? 1 : 0);
        }

        // Second 60 is a leap second (RFC 9110); a time beyond the calendar's range is no date.
        private static bool At(int end, long year, int month, int day, int hour, int minute, int second, out long ms, out int length)
        {
            ms = 0;
            length = end;
            if (day < 1 || day > CivilCalendar.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return false;
            long at = (((CivilCalendar.DaysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second) * 1000L;
            if (at > CivilCalendar.MaxTimeMs || at < -CivilCalendar.MaxTimeMs) return false;
            ms = at;
            return true;
        }
    }
}
