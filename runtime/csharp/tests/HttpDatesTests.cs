namespace VpnErrorCodes.Tests
{
    using NUnit.Framework;

    [TestFixture]
    public class HttpDatesTests
    {
        private static long? Parse(string text, long? now = null)
        {
            long ms;
            int length;
            return HttpDates.TryParsePrefix(text, now ?? Synthetic.Now, out ms, out length) ? ms : (long?)null;
        }

        private static long At(long year, int month, int day, int hour = 0, int minute = 0, int second = 0)
        {
            return ((CivilCalendar.DaysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60 * 1000 + second * 1000L;
        }

        [Test]
        public void ReadsTheThreeForms()
        {
            long expected = At(1994, 11, 6, 8, 49, 37);
            Assert.AreEqual(expected, Parse("Sun, 06 Nov 1994 08:49:37 GMT"));
            Assert.AreEqual(expected, Parse("Sunday, 06-Nov-94 08:49:37 GMT"));
            Assert.AreEqual(expected, Parse("Sun Nov  6 08:49:37 1994"));
        }

        [Test]
        public void GivesTheLengthItRead()
        {
            long ms;
            int length;
            Assert.IsTrue(HttpDates.TryParsePrefix("Sun, 06 Nov 1994 08:49:37 GMT, and more", Synthetic.Now, out ms, out length));
            Assert.AreEqual("Sun, 06 Nov 1994 08:49:37 GMT".Length, length);
        }

        [TestCase("Sun, 29 Feb 2028 00:00:00 GMT", true)]
        [TestCase("Sun, 29 Feb 2027 00:00:00 GMT", false)]
        [TestCase("Sun, 29 Feb 2100 00:00:00 GMT", false)]
        [TestCase("Sun, 29 Feb 2000 00:00:00 GMT", true)]
        [TestCase("Sun, 31 Apr 2026 00:00:00 GMT", false)]
        [TestCase("Sun, 00 Jan 2026 00:00:00 GMT", false)]
        [TestCase("Sun, 01 Jan 2026 24:00:00 GMT", false)]
        [TestCase("Sun, 01 Jan 2026 23:60:00 GMT", false)]
        [TestCase("Sun, 31 Dec 2026 23:59:60 GMT", true)]
        [TestCase("Sun, 01 Jan 2026 23:59:61 GMT", false)]
        [TestCase("Sun, 01 Jan 26 00:00:00 GMT", false)]
        [TestCase("Sun, 01 jan 2026 00:00:00 GMT", false)]
        [TestCase("Sun,  1 Jan 2026 00:00:00 GMT", false)]
        [TestCase("Sun, 01 Jan 2026 00:00:00 gmt", false)]
        [TestCase("Sun, \u0661\u0662 Jan 2026 00:00:00 GMT", false)]
        [TestCase("Son, 01 Jan 2026 00:00:00 GMT", false)]
        [TestCase("", false)]
        public void ChecksEveryField(string text, bool valid)
        {
            Assert.AreEqual(valid, Parse(text).HasValue, text);
        }

        [Test]
        public void ADayNameNeedNotMatchItsDate()
        {
            Assert.AreEqual(At(2026, 1, 1), Parse("Mon, 01 Jan 2026 00:00:00 GMT"));
        }

        [Test]
        public void AFourDigitYearBeforeOneHundredStaysItself()
        {
            Assert.AreEqual(At(99, 1, 1), Parse("Fri, 01 Jan 0099 00:00:00 GMT"));
            Assert.AreEqual(At(0, 1, 1), Parse("Sat, 01 Jan 0000 00:00:00 GMT"));
        }

        // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
        [TestCase("76", 2076)]
        [TestCase("77", 1977)]
        [TestCase("26", 2026)]
        [TestCase("00", 2000)]
        [TestCase("99", 1999)]
        public void AnRfc850YearIsPlacedWithinFiftyYearsAhead(string digits, int year)
        {
            Assert.AreEqual(At(year, 1, 1), Parse("Friday, 01-Jan-" + digits + " 00:00:00 GMT"));
        }

        [Test]
        public void AnRfc850YearNeedsAClockWithACalendarDate()
        {
            Assert.IsNull(Parse("Friday, 01-Jan-26 00:00:00 GMT", CivilCalendar.MaxTimeMs + 1));
            Assert.IsNull(Parse("Friday, 01-Jan-26 00:00:00 GMT", long.MinValue));
            Assert.IsNotNull(Parse("Friday, 01-Jan-26 00:00:00 GMT", CivilCalendar.MaxTimeMs));
        }

        [Test]
        public void ADateBeyondTheCalendarsRangeIsNone()
        {
            long last;
            Assert.IsTrue(CivilCalendar.TryYearOf(CivilCalendar.MaxTimeMs, out last));
            // Fifty years after the last year with a date, the two-digit year lands beyond it.
            long digits = (last + 1) % 100;
            Assert.IsNull(Parse("Friday, 01-Jan-" + digits.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + " 00:00:00 GMT", CivilCalendar.MaxTimeMs));
        }
    }

    [TestFixture]
    public class CivilCalendarTests
    {
        [TestCase(1970, 1, 1, 0)]
        [TestCase(1969, 12, 31, -1)]
        [TestCase(2000, 3, 1, 11017)]
        [TestCase(1600, 1, 1, -135140)]
        [TestCase(-1, 12, 31, -719529)]
        public void CountsDaysFromTheEpoch(int year, int month, int day, long days)
        {
            Assert.AreEqual(days, CivilCalendar.DaysFromCivil(year, month, day));
        }

        [TestCase(0L, 1970L)]
        [TestCase(-1L, 1969L)]
        [TestCase(CivilCalendar.MaxTimeMs, 275760L)]
        [TestCase(-CivilCalendar.MaxTimeMs, -271821L)]
        public void GivesAnInstantsYear(long ms, long year)
        {
            long found;
            Assert.IsTrue(CivilCalendar.TryYearOf(ms, out found));
            Assert.AreEqual(year, found);
        }

        [Test]
        public void FindsTheYearAtEachNewYear()
        {
            for (long year = -2000; year <= 12000; year += 7)
            {
                long start = CivilCalendar.DaysFromCivil(year, 1, 1) * CivilCalendar.MsPerDay;
                long found;
                Assert.IsTrue(CivilCalendar.TryYearOf(start, out found));
                Assert.AreEqual(year, found);
                Assert.IsTrue(CivilCalendar.TryYearOf(start - 1, out found));
                Assert.AreEqual(year - 1, found);
            }
        }

        [TestCase(CivilCalendar.MaxTimeMs + 1)]
        [TestCase(-CivilCalendar.MaxTimeMs - 1)]
        [TestCase(long.MaxValue)]
        [TestCase(long.MinValue)]
        public void HasNoYearBeyondItsRange(long ms)
        {
            long found;
            Assert.IsFalse(CivilCalendar.TryYearOf(ms, out found));
        }

        [TestCase(2026, 2, 28)]
        [TestCase(2028, 2, 29)]
        [TestCase(1900, 2, 28)]
        [TestCase(2000, 2, 29)]
        [TestCase(2026, 4, 30)]
        [TestCase(2026, 12, 31)]
        [TestCase(2026, 0, 0)]
        [TestCase(2026, 13, 0)]
        public void KnowsEachMonthsDays(int year, int month, int days)
        {
            Assert.AreEqual(days, CivilCalendar.DaysInMonth(year, month));
        }
    }

    [TestFixture]
    public class HeaderValuesTests
    {
        [TestCase(" \t7\t ", "7")]
        [TestCase("7 , 8", "7 , 8")]
        [TestCase("\u000B7\u000C", "\u000B7\u000C")]
        [TestCase("\u00A07\u3000", "\u00A07\u3000")]
        [TestCase("\u001C7\u0085", "\u001C7\u0085")]
        [TestCase("\r\n7", "\r\n7")]
        [TestCase(null, "")]
        public void OptionalWhitespaceIsSpaceAndTabOnly(string value, string trimmed)
        {
            Assert.AreEqual(trimmed, HeaderValues.TrimOptionalWhitespace(value));
        }

        [Test]
        public void JoinsARepeatedHeaderInOrder()
        {
            var headers = new[]
            {
                new System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>("x-test", new[] { " a ", "b\r\n" }),
                new System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>("X-Other", new[] { "c" }),
                new System.Collections.Generic.KeyValuePair<string, System.Collections.Generic.IEnumerable<string>>("X-TEST", new[] { "\u00A0d" }),
            };
            Assert.AreEqual("a, b, \u00A0d", HeaderValues.Get(headers, "X-Test"));
            Assert.IsNull(HeaderValues.Get(headers, "X-Absent"));
            Assert.IsNull(HeaderValues.Get(null, "X-Test"));
        }
    }
}
