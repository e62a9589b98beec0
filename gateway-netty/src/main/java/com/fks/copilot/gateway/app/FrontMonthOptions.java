package com.fks.copilot.gateway.app;

import com.fks.copilot.gateway.feed.FrontMonths;
import picocli.CommandLine.Option;

import java.util.Map;

/** Which contract is a micro's front month: where its data comes from and when it rolls ('run', 'feed', 'verify'). */
final class FrontMonthOptions {
    @Option(names = "--data-roots", defaultValue = "${env:FEED_DATA_ROOTS:-}", paramLabel = "TRADED=DATA,...",
            description = "Take a micro's data from another product, e.g. MHG=HG (default: $FEED_DATA_ROOTS; none = each micro's own). Gold is always MGC.")
    String dataRoots;

    @Option(names = "--roll-days", defaultValue = "${env:FEED_ROLL_DAYS:-8}",
            description = "Days before a contract's last trade date that the next one becomes the front month (default: ${DEFAULT-VALUE}).")
    int rollDays;

    Map<String, String> dataRoots() {
        return FrontMonths.parseDataRoots(dataRoots == null ? "" : dataRoots);
    }
}
