package com.fks.copilot.gateway.analyze;

import com.fks.copilot.engine.analytics.Bars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a bar file in either {@link BarFileFormat} into {@link Bars} with epoch-nanos start
 * times, prices in points as written, volume in contracts. Blank lines are skipped; a leading
 * byte-order mark is ignored.
 *
 * <p>Every bar is checked, and the first bad line stops the read with a {@link BarFileError}:
 * six columns, numbers that are finite, low ≤ open, close ≤ high, volume ≥ 0, and each time
 * after the previous bar's.
 */
public final class BarCsv {
    private static final int INITIAL_CAPACITY = 1024;

    private final BarFileFormat format;
    private long[] time = new long[INITIAL_CAPACITY];
    private double[] open = new double[INITIAL_CAPACITY];
    private double[] high = new double[INITIAL_CAPACITY];
    private double[] low = new double[INITIAL_CAPACITY];
    private double[] close = new double[INITIAL_CAPACITY];
    private double[] volume = new double[INITIAL_CAPACITY];
    private int count;
    private String previousTime;

    private BarCsv(BarFileFormat format) {
        this.format = format;
    }

    /** The bars of {@code file}, read as UTF-8 (undecodable bytes become U+FFFD and fail as text). */
    public static Bars read(Path file) throws IOException, BarFileError {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            return read(in);
        }
    }

    /** The bars of the lines {@code in} yields; the caller closes it. */
    public static Bars read(BufferedReader in) throws IOException, BarFileError {
        BarCsv bars = null;
        int lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (bars == null) {
                bars = new BarCsv(BarFileFormat.detect(line, lineNumber));
                if (bars.format.hasHeader()) {
                    continue;
                }
            }
            bars.add(line, lineNumber);
        }
        if (bars == null) {
            throw new BarFileError(1, "the file is empty; expected the header " + BarFileFormat.HEADER
                    + " or NinjaTrader lines yyyyMMdd HHmmss;open;high;low;close;volume");
        }
        if (bars.count == 0) {
            throw new BarFileError(lineNumber + 1, "no bars after the header");
        }
        return bars.toBars();
    }

    private void add(String line, int lineNumber) throws BarFileError {
        String[] columns = format.columns(line);
        if (columns.length != BarFileFormat.COLUMNS) {
            throw new BarFileError(lineNumber, "expected " + BarFileFormat.COLUMNS + " columns, found " + columns.length);
        }
        long epochNanos = format.epochNanos(columns[0], count == 0 ? Long.MIN_VALUE : time[count - 1], lineNumber);
        if (count > 0 && epochNanos <= time[count - 1]) {
            throw new BarFileError(lineNumber, "time " + columns[0] + " is not after the previous bar's " + previousTime);
        }
        Column o = column("open", columns[1], lineNumber);
        Column h = column("high", columns[2], lineNumber);
        Column l = column("low", columns[3], lineNumber);
        Column c = column("close", columns[4], lineNumber);
        Column v = column("volume", columns[5], lineNumber);
        if (h.value < l.value) {
            throw new BarFileError(lineNumber, h + " is below " + l);
        }
        requireWithin(o, h, l, lineNumber);
        requireWithin(c, h, l, lineNumber);
        if (v.value < 0) {
            throw new BarFileError(lineNumber, v + " is negative");
        }
        if (count == time.length) {
            grow();
        }
        time[count] = epochNanos;
        open[count] = o.value;
        high[count] = h.value;
        low[count] = l.value;
        close[count] = c.value;
        volume[count] = v.value;
        count++;
        previousTime = columns[0];
    }

    /** The named column read as a finite decimal number; NaN, infinities and Java's float suffixes (1d, 0x1p3) are refused. */
    private static Column column(String name, String text, int lineNumber) throws BarFileError {
        if (text.isEmpty()) {
            throw new BarFileError(lineNumber, name + " is empty");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nan")) {
            throw new BarFileError(lineNumber, name + " is NaN");
        }
        double value;
        try {
            value = new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            throw new BarFileError(lineNumber, name + " '" + text + "' is not a number");
        }
        if (Double.isInfinite(value)) {
            throw new BarFileError(lineNumber, name + " " + text + " is too large");
        }
        return new Column(name, text, value);
    }

    private static void requireWithin(Column column, Column high, Column low, int lineNumber) throws BarFileError {
        if (column.value > high.value) {
            throw new BarFileError(lineNumber, column + " is above " + high);
        }
        if (column.value < low.value) {
            throw new BarFileError(lineNumber, column + " is below " + low);
        }
    }

    private void grow() {
        int capacity = time.length * 2;
        time = Arrays.copyOf(time, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }

    private Bars toBars() {
        return Bars.withEpochNanos(Arrays.copyOf(time, count), Arrays.copyOf(open, count), Arrays.copyOf(high, count),
                Arrays.copyOf(low, count), Arrays.copyOf(close, count), Arrays.copyOf(volume, count));
    }

    /** One numeric column of a bar line: its name, the text as written (for messages) and its value. */
    private record Column(String name, String text, double value) {
        @Override
        public String toString() {
            return name + " " + text;
        }
    }
}
