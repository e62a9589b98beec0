package com.fks.copilot.gateway;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lines {@code copilot demo --exit-at-end} prints when its day is over: what a run ended with. */
record ExitReport(long events, String stateDigest, String output) {
    static ExitReport of(String text) {
        Matcher events = Pattern.compile("events: (\\d+)").matcher(text);
        Matcher state = Pattern.compile("state digest: (\\w+)").matcher(text);
        Matcher output = Pattern.compile("output journal: (\\d+ events, digest \\w+)").matcher(text);
        assertTrue(events.find() && state.find() && output.find(), text);
        return new ExitReport(Long.parseLong(events.group(1)), state.group(1), output.group(1));
    }
}
