package io.github.vpnerrorcodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsValuesTest {
    @Test
    void readsEveryRfc3339DateTimeWithoutThrowing() {
        assertEquals(OffsetDateTime.parse("2026-06-30T23:59:59Z"), DetailsValues.dateTime("2026-06-30T23:59:60Z"));
        assertEquals(OffsetDateTime.parse("2026-07-01T01:59:59.5+02:00"), DetailsValues.dateTime("2026-07-01T01:59:60.5+02:00"));
        assertEquals(OffsetDateTime.parse("2026-02-08T11:30:00Z"), DetailsValues.dateTime("2026-02-08t11:30:00z"));
        assertEquals(OffsetDateTime.parse("2026-02-08T11:30:00.123456789Z"), DetailsValues.dateTime("2026-02-08T11:30:00.1234567891234Z"));
        assertEquals(OffsetDateTime.parse("0000-01-01T00:00:00Z"), DetailsValues.dateTime("0000-01-01T00:00:00Z"));
        // Beyond java.time's ±18:00 offsets: the same instant, in UTC.
        OffsetDateTime far = DetailsValues.dateTime("2026-01-01T23:00:00+23:00");
        assertEquals(ZoneOffset.UTC, far.getOffset());
        assertEquals(OffsetDateTime.parse("2026-01-01T00:00:00Z"), far);
        for (String bad : List.of("2026-02-30T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01 00:00:00Z", "tomorrow", "")) assertNull(DetailsValues.dateTime(bad), bad);
    }

    @Test
    void givesNullForAbsentAndMismatchedProperties() {
        Map<String, Object> details = new HashMap<>();
        details.put("n", new JsonNumber("1e20"));
        details.put("s", "text");
        details.put("list", List.of("a", 1));
        details.put("null", null);
        assertEquals(new BigInteger("100000000000000000000"), DetailsValues.integer(details, "n"));
        assertEquals(1e20, DetailsValues.number(details, "n"));
        assertEquals("text", DetailsValues.string(details, "s"));
        assertNull(DetailsValues.integer(details, "s"));
        assertNull(DetailsValues.string(details, "n"));
        assertNull(DetailsValues.dateTime(details, "s"));
        assertNull(DetailsValues.strings(details, "list"));
        assertEquals(List.of("a", 1), DetailsValues.array(details, "list"));
        assertNull(DetailsValues.bool(details, "absent"));
        assertNull(DetailsValues.object(details, "null"));
        assertNull(DetailsValues.value(details, "null"));
    }
}
