package com.fks.copilot.journal.drain;

import com.fks.copilot.engine.market.Prices;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How engine values are bound as SQL columns: prices exactly as quoted, money in dollars, time as timestamptz. */
final class Columns {
    private Columns() {
    }

    /** A fixed-point price as NUMERIC, exactly (8 decimals; never multiplied by a contract size). */
    static void price(PreparedStatement s, int column, long fixed) throws SQLException {
        if (fixed == Prices.NONE) {
            s.setNull(column, Types.NUMERIC);
        } else {
            s.setBigDecimal(column, BigDecimal.valueOf(fixed, 8));
        }
    }

    /** A price where 0 also means "none" (unset stops in risk events). */
    static void optionalPrice(PreparedStatement s, int column, long fixed) throws SQLException {
        price(s, column, fixed == 0 ? Prices.NONE : fixed);
    }

    static void dollars(PreparedStatement s, int column, long cents) throws SQLException {
        s.setBigDecimal(column, BigDecimal.valueOf(cents, 2));
    }

    static void time(PreparedStatement s, int column, long epochNanos) throws SQLException {
        if (epochNanos <= 0) {
            s.setNull(column, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(column, OffsetDateTime.ofInstant(Instant.ofEpochSecond(0, epochNanos), ZoneOffset.UTC));
        }
    }

    static void text(PreparedStatement s, int column, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            s.setNull(column, Types.VARCHAR);
        } else {
            s.setString(column, value);
        }
    }

    /** A count where -1 means "not known". */
    static void count(PreparedStatement s, int column, int count) throws SQLException {
        if (count < 0) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, count);
        }
    }

    static void id(PreparedStatement s, int column, long id) throws SQLException {
        if (id == 0) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, id);
        }
    }
}
