package com.fks.copilot.gateway.views;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.List;
import java.util.Map;

/** Renders the precompiled jte templates (static-ui/src/main/jte). Thread-safe. */
public final class Views {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "com.fks.copilot.gateway.views.jte");

    public String card(CardView card) {
        return render("card.jte", Map.of("card", card));
    }

    public String cards(List<CardView> cards) {
        return render("cards.jte", Map.of("cards", cards));
    }

    public String session(SessionBanner session) {
        return render("session.jte", Map.of("session", session));
    }

    public String positions(PositionsPanel panel) {
        return render("positions.jte", Map.of("panel", panel));
    }

    public String tradeLog(TradeLogPanel panel) {
        return render("tradelog.jte", Map.of("panel", panel));
    }

    public String risk(RiskPanel panel) {
        return render("risk.jte", Map.of("risk", panel));
    }

    public String noTrade(NoTradeBanner banner) {
        return render("notrade.jte", Map.of("banner", banner));
    }

    public String feed(FeedBadge badge) {
        return render("feed.jte", Map.of("badge", badge));
    }

    public String orb(OrbPanel panel) {
        return render("orb.jte", Map.of("orb", panel));
    }

    public String suggestions(OptimiserSuggestions.Panel panel) {
        return render("suggestions.jte", Map.of("panel", panel));
    }

    public String backtest(BacktestPage page) {
        return render("backtest.jte", Map.of("page", page));
    }

    public String time(MarketStatus status) {
        return render("time.jte", Map.of("status", status));
    }

    public String history(HistoryStatus history) {
        return render("history.jte", Map.of("history", history));
    }

    public String journal(JournalBadge badge) {
        return render("journal.jte", Map.of("badge", badge));
    }

    public String alerts(AlertsPanel panel) {
        return render("alerts.jte", Map.of("panel", panel));
    }

    public String dashboard(DashboardPage page) {
        return render("dashboard.jte", Map.of("page", page));
    }

    private String render(String template, Map<String, Object> params) {
        StringOutput output = new StringOutput(2048);
        templates.render(template, params, output);
        return output.toString();
    }
}
