package io.github.vpnerrorcodes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP-dates in their three forms, IMF-fixdate, RFC 850 and asctime (runtime/SPEC.md §4). */
final class HttpDates {
    private HttpDates() {}

    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern RFC_850 = Pattern.compile(
            "^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT");
    private static final Pattern ASCTIME = Pattern.compile(
            "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \\d|\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})");
    private static final List<String> MONTHS = Arrays.asList("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** A date found at the start of a text, and how many characters it took. */
    static final class Prefix {
        final long epochMs;
        final int length;

        Prefix(long epochMs, int length) {
            this.epochMs = epochMs;
            this.length = length;
        }
    }

    /**
     * The HTTP-date at the start of {@code text}, or null when there is none or a field is out of range.
     * The text may go on after the date: IMF-fixdate holds a comma itself, so a list's first element is
     * found by parsing, not by splitting.
     */
    static Prefix prefix(String text, long nowMs) {
        Matcher m = IMF_FIXDATE.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 4), month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        m = RFC_850.matcher(text);
        if (m.lookingAt()) {
            // A two-digit year more than 50 years ahead is the most recent past year with those digits.
            int current = Instant.ofEpochMilli(nowMs).atOffset(ZoneOffset.UTC).getYear();
            int year = current / 100 * 100 + num(m, 4);
            if (year > current + 50) year -= 100;
            return at(m, epochMs(year, month(m, 3), num(m, 2), num(m, 5), num(m, 6), num(m, 7)));
        }
        m = ASCTIME.matcher(text);
        if (m.lookingAt()) return at(m, epochMs(num(m, 7), month(m, 2), Integer.parseInt(m.group(3).trim()), num(m, 4), num(m, 5), num(m, 6)));
        return null;
    }

    private static Prefix at(Matcher m, Long ms) {
        return ms == null ? null : new Prefix(ms, m.end());
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(Matcher m, int group) {
        return MONTHS.indexOf(m.group(group));
    }

    /** Null when a field is out of range (Feb 30, 24:00:00); second 60 is a leap second. */
    private static Long epochMs(int year, int month, int day, int hour, int minute, int second) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int days = month == 1 && leap ? 29 : DAYS_IN_MONTH[month];
        if (day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return null;
        long epochDay = LocalDate.of(year, month + 1, day).toEpochDay();
        return ((epochDay * 24 + hour) * 60 + minute) * 60_000L + second * 1000L;
    }
}
