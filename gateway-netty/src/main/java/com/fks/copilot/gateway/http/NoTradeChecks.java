package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.notrade.NoTradeReason;

import java.util.LinkedHashMap;
import java.util.Map;

/** Per-check detail of the no-trade verdict for {@code GET /api/no-trade}: every check, fired or not, with its severity. */
final class NoTradeChecks {
    private NoTradeChecks() {
    }

    static Map<String, Map<String, Object>> of(int mask) {
        Map<String, Map<String, Object>> checks = new LinkedHashMap<>();
        for (NoTradeReason reason : NoTradeReason.values()) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("fired", mask > 0 && reason.firedIn(mask));
            check.put("severity", reason.severity().name());
            check.put("detail", reason.text());
            checks.put(reason.name().toLowerCase(java.util.Locale.ROOT), check);
        }
        return checks;
    }
}
