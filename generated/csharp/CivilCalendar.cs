// Copied from runtime/csharp/src/CivilCalendar.cs by npm run build: edit that file, not this copy.
// Dates in the proleptic Gregorian calendar as whole numbers, for every year: System.DateTime stops at
// years 1 and 9999, and a header or a clock outside them must give an answer, not an exception.
namespace VpnErrorCodes
{
    internal static class CivilCalendar
    {
        internal const long MsPerDay = 24L * 60 * 60 * 1000;

        // An instant lies at most 100,000,000 days either side of the epoch (runtime/SPEC.md §2); beyond
        // that a time has no calendar date.
        internal const long MaxTimeMs = 100000000L * MsPerDay;

        private static readonly int[] MonthDays = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

        internal static bool IsLeap(long year)
        {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        /// <summary>The days of a month (1 to 12) of a year; 0 for a month outside 1 to 12.</summary>
        internal static int DaysInMonth(long year, int month)
        {
            if (month < 1 || month > 12) return 0;
            return month == 2 && IsLeap(year) ? 29 : MonthDays[month - 1];
        }

        /// <summary>Days since 1970-01-01 of a date (month 1 to 12).</summary>
        internal static long DaysFromCivil(long year, int month, int day)
        {
            year -= month <= 2 ? 1 : 0;
            long era = (year >= 0 ? year : year - 399) / 400;
            long yearOfEra = year - era * 400;
            long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146097 + dayOfEra - 719468;
        }

        /// <summary>The year of an instant in Unix milliseconds; false beyond <see cref="MaxTimeMs"/>.</summary>
        internal static bool TryYearOf(long ms, out long year)
        {
            year = 0;
            if (ms > MaxTimeMs || ms < -MaxTimeMs) return false;
            long days = ms / MsPerDay - (ms % MsPerDay < 0 ? 1 : 0);
            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long shiftedMonth = (5 * dayOfYear + 2) / 153;
            year = yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
            return true;
        }
    }
}
