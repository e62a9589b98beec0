package com.fks.copilot.gateway.views;

import java.util.List;

/**
 * Everything the full dashboard page shows on first load; SSE keeps each part fresh afterwards.
 * {@code heartbeatSeconds} tells the page how long a live stream can stay silent.
 */
public record DashboardPage(List<CardView> cards, MarketStatus status, PositionsPanel positions,
                            RiskPanel risk, TradeLogPanel tradeLog, NoTradeBanner noTrade, OrbPanel orb, AlertsPanel alerts, boolean replay,
                            int heartbeatSeconds) {

    /** The tab title: symbol and price of the top focus asset (the first card, best first), readable from another tab. */
    public String title() {
        if (cards.isEmpty() || cards.get(0).trades() == 0) {
            return "FKS Co-Pilot";
        }
        CardView top = cards.get(0);
        return top.symbol() + " " + top.price() + " · FKS Co-Pilot";
    }
}
