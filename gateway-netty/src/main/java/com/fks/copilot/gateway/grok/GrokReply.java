package com.fks.copilot.gateway.grok;

/** The co-pilot's verdict on one due summary: Grok's usable text ({@link GrokOutcome#ANSWERED}), or why not (text null). */
public record GrokReply(GrokOutcome outcome, String text) {
}
