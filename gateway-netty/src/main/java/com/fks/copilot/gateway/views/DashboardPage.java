package com.fks.copilot.gateway.views;

import java.util.List;

/** Everything the full dashboard page shows on first load; SSE keeps each part fresh afterwards. */
public record DashboardPage(List<CardView> cards, MarketStatus status, PositionsPanel positions,
                            RiskPanel risk, NoTradeBanner noTrade, OrbPanel orb, AlertsPanel alerts) {
}
