package com.fks.copilot.gateway.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteNamesTest {

    @Test
    void aContractInThePathBecomesTheSymbolSegment() {
        assertEquals("/backfill/gaps/{symbol}", RouteNames.of("/backfill/gaps/MGC?days=7"));
        assertEquals("/api/chart/{symbol}", RouteNames.of("/api/chart/MNQ"));
        assertEquals("/api/focus/{symbol}", RouteNames.of("/api/focus/SIL"));
    }

    @Test
    void aTradeIdInThePathBecomesTheIdSegment() {
        assertEquals("/trades/{id}/close", RouteNames.of("/trades/42/close"));
    }

    @Test
    void theQueryAndATrailingSlashDoNotMakeANewRoute() {
        assertEquals("/trades", RouteNames.of("/trades?date=2026-11-24"));
        assertEquals("/api/focus", RouteNames.of("/api/focus/"));
        assertEquals("/", RouteNames.of("/"));
    }

    @Test
    void assetsShareOneRoutePerFolder() {
        assertEquals("/static/{asset}", RouteNames.of("/static/dashboard.js"));
        assertEquals("/webjars/{asset}", RouteNames.of("/webjars/htmx.org/2.0.4/dist/htmx.min.js"));
    }

    @Test
    void aPathNoRouteServesIsOther() {
        assertEquals("other", RouteNames.of("/wp-admin/setup.php"));
        assertEquals("other", RouteNames.of("/api/focusX"));
    }
}
