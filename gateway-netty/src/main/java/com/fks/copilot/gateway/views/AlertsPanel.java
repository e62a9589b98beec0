package com.fks.copilot.gateway.views;

import java.util.List;

/** The alerts panel: the most recent alerts, newest first. */
public record AlertsPanel(List<Alert> alerts) {

    public boolean empty() {
        return alerts.isEmpty();
    }
}
