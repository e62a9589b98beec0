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
        return render("grok.jte", "grok", panel, 2048);
    }

    public String briefing(GrokBriefing briefing) {
        return render("briefing.jte", "briefing", briefing, 4096);
    }

    private String render(String template, String name, Object value, int capacity) {
        StringOutput output = new StringOutput(capacity);
        templates.render(template, Map.of(name, value), output);
        return output.toString();
    }
}
