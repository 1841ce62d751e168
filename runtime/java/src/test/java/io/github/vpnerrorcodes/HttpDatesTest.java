package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
    private static final long NOW = Instant.parse("2023-11-14T22:13:20Z").toEpochMilli();

    private static long at(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @Test
    void readsTheThreeForms() {
        assertEquals(at("1994-11-06T08:49:37Z"), HttpDates.prefix("Sun, 06 Nov 1994 08:49:37 GMT", NOW).epochMs);
        assertEquals(at("1994-11-06T08:49:37Z"), HttpDates.prefix("Sunday, 06-Nov-94 08:49:37 GMT", NOW).epochMs);
        assertEquals(at("1994-11-06T08:49:37Z"), HttpDates.prefix("Sun Nov  6 08:49:37 1994", NOW).epochMs);
        assertEquals(at("1994-11-16T08:49:37Z"), HttpDates.prefix("Wed Nov 16 08:49:37 1994", NOW).epochMs);
    }

    @Test
    void givesTheLengthItTookSoThatAListCanGoOn() {
        assertEquals(29, HttpDates.prefix("Sun, 06 Nov 1994 08:49:37 GMT, later", NOW).length);
        assertEquals(24, HttpDates.prefix("Sun Nov  6 08:49:37 1994", NOW).length);
    }

    @Test
    void placesATwoDigitYearWithinFiftyYearsAhead() {
        assertEquals(at("2073-01-01T00:00:00Z"), HttpDates.prefix("Sunday, 01-Jan-73 00:00:00 GMT", NOW).epochMs);
        assertEquals(at("1974-01-01T00:00:00Z"), HttpDates.prefix("Tuesday, 01-Jan-74 00:00:00 GMT", NOW).epochMs);
        assertEquals(at("2023-06-01T00:00:00Z"), HttpDates.prefix("Thursday, 01-Jun-23 00:00:00 GMT", NOW).epochMs);
    }

    @Test
    void checksEachFieldsRangeAndAcceptsALeapSecond() {
        assertNull(HttpDates.prefix("Thu, 30 Feb 2023 00:00:00 GMT", NOW));
        assertEquals(at("2024-02-29T00:00:00Z"), HttpDates.prefix("Thu, 29 Feb 2024 00:00:00 GMT", NOW).epochMs);
        assertNull(HttpDates.prefix("Wed, 29 Feb 2023 00:00:00 GMT", NOW));
        assertNull(HttpDates.prefix("Thu, 01 Jun 2023 24:00:00 GMT", NOW));
        assertNull(HttpDates.prefix("Thu, 01 Jun 2023 23:60:00 GMT", NOW));
        assertEquals(at("2016-12-31T23:59:59Z") + 1000, HttpDates.prefix("Sat, 31 Dec 2016 23:59:60 GMT", NOW).epochMs);
        assertNull(HttpDates.prefix("Sat, 31 Dec 2016 23:59:61 GMT", NOW));
        assertNull(HttpDates.prefix("Sat, 00 Dec 2016 23:59:59 GMT", NOW));
    }

    @Test
    void wantsTheExactSpelling() {
        assertNull(HttpDates.prefix("sun, 06 Nov 1994 08:49:37 GMT", NOW));
        assertNull(HttpDates.prefix("Sun, 06 Nov 1994 08:49:37 UTC", NOW));
        assertNull(HttpDates.prefix("Sun, 6 Nov 1994 08:49:37 GMT", NOW));
        assertNull(HttpDates.prefix(" Sun, 06 Nov 1994 08:49:37 GMT", NOW));
        assertNull(HttpDates.prefix("Sun, 06 Nov 1994 08:49:37 GMT".replace('0', '\u0660'), NOW));
        assertNull(HttpDates.prefix("", NOW));
    }
}
