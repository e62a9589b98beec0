package com.fks.copilot.gateway.grok;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/** Renders the Grok panel and the full morning briefing from the precompiled {@code grok.jte} and {@code briefing.jte}. Thread-safe. */
public final class GrokViews {
    private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "com.fks.copilot.gateway.views.jte");

    public String panel(GrokPanel panel) {
        StringOutput output = new StringOutput(2048);
        templates.render("grok.jte", Map.of("grok", panel), output);
        return output.toString();
    }

    public String briefing(GrokBriefing briefing) {
        StringOutput output = new StringOutput(4096);
        templates.render("briefing.jte", Map.of("briefing", briefing), output);
        return output.toString();
    }
}
