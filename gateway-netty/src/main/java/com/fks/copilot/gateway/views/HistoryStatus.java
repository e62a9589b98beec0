package com.fks.copilot.gateway.views;

/**
 * The history database in the dashboard header, in words and a symbol (not colour alone): off, in
 * sync, behind by so many events and seconds, or unreachable with events waiting.
 *
 * @param level off, ok, behind or down: the CSS class
 */
public record HistoryStatus(String level, String text, String detail) {
}
