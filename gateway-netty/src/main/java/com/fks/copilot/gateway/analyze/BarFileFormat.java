package com.fks.copilot.gateway.analyze;

import com.fks.copilot.engine.session.EasternTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two layouts of a bar file, oldest bar first, one bar a line, columns time, open, high,
 * low, close, volume. Each layout knows its separator and how to read its time column into
 * epoch nanos; the first non-blank line of a file decides which layout it is.
 */
public enum BarFileFormat {
    /**
     * Comma-separated with the header {@value #HEADER} (any case). Time is epoch seconds or
     * ISO-8601 with a zone: {@code 2026-11-24T14:30:00Z}, {@code 2026-11-24T09:30:00-05:00}.
     */
    CSV(",", true) {
        @Override
        long epochNanos(String time, long previousEpochNanos, int line) throws BarFileError {
            if (EPOCH_SECONDS.matcher(time).matches()) {
                return fromEpochSeconds(time, line);
            }
            try {
                return toEpochNanos(OffsetDateTime.parse(time).toInstant(), time, line);
            } catch (DateTimeException notWithOffset) {
                if (parsesAsLocal(time)) {
                    throw new BarFileError(line, "time '" + time + "' has no zone; add Z (UTC) or an offset such as -05:00");
                }
                throw new BarFileError(line, "time '" + time
                        + "' is neither epoch seconds nor ISO-8601 such as 2026-11-24T14:30:00Z");
            }
        }
    },

    /**
     * NinjaTrader 8's export, no header: {@code yyyyMMdd HHmmss;open;high;low;close;volume}. The
     * time is New York wall time ({@link EasternTime#ZONE}); in the hour a daylight-saving change
     * repeats, a time that would go backwards is read with the later offset.
     */
    NINJATRADER(";", false) {
        @Override
        long epochNanos(String time, long previousEpochNanos, int line) throws BarFileError {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(time, NINJATRADER_TIME);
            } catch (DateTimeException e) {
                throw new BarFileError(line, "time '" + time + "' is not NinjaTrader's yyyyMMdd HHmmss");
            }
            ZonedDateTime zoned = local.atZone(EasternTime.ZONE);
            long nanos = toEpochNanos(zoned.toInstant(), time, line);
            return nanos > previousEpochNanos ? nanos
                    : toEpochNanos(zoned.withLaterOffsetAtOverlap().toInstant(), time, line);
        }
    };

    /** The header line of the {@link #CSV} layout. */
    public static final String HEADER = "Time,Open,High,Low,Close,Volume";
    /** Columns of every bar line. */
    public static final int COLUMNS = 6;

    private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d+");
    /** Epoch seconds beyond this (year 5138) are taken for milliseconds typed by mistake. */
    private static final long MAX_EPOCH_SECONDS = 99_999_999_999L;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final DateTimeFormatter NINJATRADER_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd HHmmss", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private final String separator;
    private final boolean hasHeader;

    BarFileFormat(String separator, boolean hasHeader) {
        this.separator = separator;
        this.hasHeader = hasHeader;
    }

    /**
     * The layout whose first line is {@code firstLine}: a line with a semicolon is NinjaTrader's,
     * a line that is the {@value #HEADER} header (any case, spaces around names allowed) is CSV.
     *
     * @param line the line's number, for the error
     */
    public static BarFileFormat detect(String firstLine, int line) throws BarFileError {
        if (firstLine.contains(NINJATRADER.separator)) {
            return NINJATRADER;
        }
        String[] names = firstLine.split(CSV.separator, -1);
        String[] expected = HEADER.split(CSV.separator);
        boolean isHeader = names.length == expected.length;
        for (int i = 0; isHeader && i < names.length; i++) {
            isHeader = names[i].trim().equalsIgnoreCase(expected[i]);
        }
        if (!isHeader) {
            throw new BarFileError(line, "expected the header " + HEADER
                    + " or a NinjaTrader line yyyyMMdd HHmmss;open;high;low;close;volume, found '" + firstLine.trim() + "'");
        }
        return CSV;
    }

    /** Whether the file's first line is a header rather than a bar. */
    public boolean hasHeader() {
        return hasHeader;
    }

    /** The columns of a bar line, trimmed; as many as the line has. */
    String[] columns(String line) {
        String[] columns = line.split(Pattern.quote(separator), -1);
        Arrays.setAll(columns, i -> columns[i].trim());
        return columns;
    }

    /**
     * The bar start time written as {@code time}, in epoch nanos.
     *
     * @param previousEpochNanos the previous bar's time, or {@link Long#MIN_VALUE} for the first bar
     * @param line               the line's number, for the error
     */
    abstract long epochNanos(String time, long previousEpochNanos, int line) throws BarFileError;

    private static long fromEpochSeconds(String time, int line) throws BarFileError {
        long seconds;
        try {
            seconds = Long.parseLong(time);
        } catch (NumberFormatException e) {
            throw new BarFileError(line, "time " + time + " is out of range");
        }
        if (Math.abs(seconds) > MAX_EPOCH_SECONDS) {
            throw new BarFileError(line, "time " + time + " looks like epoch milliseconds; expected epoch seconds");
        }
        return toEpochNanos(Instant.ofEpochSecond(seconds), time, line);
    }

    private static long toEpochNanos(Instant instant, String time, int line) throws BarFileError {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
        } catch (ArithmeticException e) {
            throw new BarFileError(line, "time '" + time + "' is outside 1677..2262, the years epoch nanos can hold");
        }
    }

    private static boolean parsesAsLocal(String time) {
        try {
            LocalDateTime.parse(time);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
