// Copied from runtime/csharp/src/ErrorDetails.cs by npm run build: edit that file, not this copy.
// An error's details object (runtime/SPEC.md §10): the JSON as it came, and for a code that documents its
// details, a class of the package's with each field as a .NET type, read once when the body is decoded.
// Reading a field never throws: the decoder has checked the shape, and a value .NET cannot hold (a date
// before year 1) reads as null while the JSON keeps it.
namespace VpnErrorCodes
{
    using System;
    using System.Collections.Generic;
    using System.Collections.ObjectModel;
    using System.Linq;
    using System.Numerics;

    /// <summary>
    /// The details of an API error. A code that documents its details gives a subclass of its own
    /// (<c>TokenExpiredDetails</c>, say) with each field typed; any other code gives this class, with the JSON.
    /// </summary>
    public class ErrorDetails
    {
        /// <summary>Details as the JSON object they came as.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="raw"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="raw"/> is not a JSON object.</exception>
        public ErrorDetails(JsonData raw)
        {
            if (raw == null) throw new ArgumentNullException("raw");
            if (raw.Type != JsonType.Object) throw new ArgumentException("details are a JSON object", "raw");
            Raw = raw;
        }

        /// <summary>The details object as it came, every member included, also those no class names.</summary>
        public JsonData Raw { get; }

        /// <summary>The details as compact JSON.</summary>
        public override string ToString()
        {
            return Raw.ToString();
        }

        /// <summary>A string member; null when absent or not a string.</summary>
        protected string Text(string name)
        {
            JsonData value = Raw[name];
            return value == null ? null : value.AsString();
        }

        /// <summary>A boolean member; null when absent or not a boolean.</summary>
        protected bool? Flag(string name)
        {
            JsonData value = Raw[name];
            return value == null ? null : value.AsBoolean();
        }

        /// <summary>A number member as its binary64 value; null when absent or not a number.</summary>
        protected double? Number(string name)
        {
            JsonData value = Raw[name];
            return value == null ? null : value.AsDouble();
        }

        /// <summary>
        /// An integer member, exactly as the binary64 value JSON Schema judges it by (runtime/SPEC.md §8), and
        /// so beyond 64 bits when it is (1e20 devices is valid JSON); null when absent or not a finite integer.
        /// </summary>
        protected BigInteger? Integer(string name)
        {
            double? number = Number(name);
            if (!number.HasValue || double.IsInfinity(number.Value) || double.IsNaN(number.Value) || number.Value != Math.Floor(number.Value)) return null;
            return new BigInteger(number.Value);
        }

        /// <summary>
        /// An RFC 3339 date-time member; null when absent, not one, or outside the years DateTimeOffset holds.
        /// A leap second (23:59:60 UTC) reads as the last tick before the next second, as .NET reads one on
        /// systems that know leap seconds.
        /// </summary>
        protected DateTimeOffset? Moment(string name)
        {
            return ParseDateTime(Text(name));
        }

        /// <summary>An array of strings; null when absent or not an array, with null for an item that is no string.</summary>
        protected IReadOnlyList<string> Texts(string name)
        {
            JsonData value = Raw[name];
            if (value == null || value.Type != JsonType.Array) return null;
            return new ReadOnlyCollection<string>(value.Items.Select(item => item.AsString()).ToList());
        }

        /// <summary>A member of any type, as JSON; null when absent.</summary>
        protected JsonData Json(string name)
        {
            return Raw[name];
        }

        internal static DateTimeOffset? ParseDateTime(string text)
        {
            // yyyy-mm-ddThh:mm:ss[.fraction](Z|±hh:mm), T and Z in either case (RFC 3339 §5.6).
            if (text == null || text.Length < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':') return null;
            int year, month, day, hour, minute, second;
            if (!Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || !Digits(text, 8, 2, out day) || !Digits(text, 11, 2, out hour) || !Digits(text, 14, 2, out minute) || !Digits(text, 17, 2, out second)) return null;
            int at = 19;
            long fractionTicks = 0;
            if (text[at] == '.')
            {
                int start = ++at;
                long scale = TimeSpan.TicksPerSecond / 10;
                while (at < text.Length && text[at] >= '0' && text[at] <= '9')
                {
                    fractionTicks += (text[at] - '0') * scale;
                    scale /= 10;
                    at++;
                }
                if (at == start) return null;
            }
            if (at >= text.Length) return null;
            int offsetMinutes;
            if ((text[at] == 'Z' || text[at] == 'z') && at + 1 == text.Length) offsetMinutes = 0;
            else
            {
                int offsetHour, offsetMinute;
                if (at + 6 != text.Length || (text[at] != '+' && text[at] != '-') || text[at + 3] != ':' || !Digits(text, at + 1, 2, out offsetHour) || !Digits(text, at + 4, 2, out offsetMinute)) return null;
                if (offsetHour > 23 || offsetMinute > 59) return null;
                offsetMinutes = (text[at] == '-' ? -1 : 1) * (offsetHour * 60 + offsetMinute);
            }
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > CivilCalendar.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return null;
            bool leap = second == 60;
            long ticks = (CivilCalendar.DaysFromCivil(year, month, day) - CivilCalendar.DaysFromCivil(1, 1, 1)) * TimeSpan.TicksPerDay
                + ((hour * 60L + minute) * 60 + (leap ? 59 : second)) * TimeSpan.TicksPerSecond
                + (leap ? TimeSpan.TicksPerSecond - 1 : fractionTicks);
            long utcTicks = ticks - offsetMinutes * TimeSpan.TicksPerMinute;
            if (ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return null;
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(offsetMinutes));
        }

        private static bool Digits(string text, int at, int count, out int value)
        {
            value = 0;
            if (at + count > text.Length) return false;
            for (int i = at; i < at + count; i++)
            {
                if (text[i] < '0' || text[i] > '9') return false;
                value = value * 10 + (text[i] - '0');
            }
            return true;
        }
    }
}
