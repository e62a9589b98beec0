package com.fks.copilot.gateway.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The subscribed tickers and the instrument each feeds: the symbol → instrument lookup of the
 * hot path (a scan of at most six byte arrays, no strings, no hashing).
 */
public final class ContractRoutes {
    private final List<ContractRoute> routes;
    private final byte[][] tickers;
    private final int[] instruments;

    public ContractRoutes(List<ContractRoute> routes) {
        this.routes = List.copyOf(routes);
        this.tickers = new byte[routes.size()][];
        this.instruments = new int[routes.size()];
        for (int i = 0; i < routes.size(); i++) {
            tickers[i] = routes.get(i).ticker().getBytes(StandardCharsets.US_ASCII);
            instruments[i] = routes.get(i).instrument().index();
        }
    }

    public List<ContractRoute> all() {
        return routes;
    }

    public boolean isEmpty() {
        return routes.isEmpty();
    }

    /** The instrument index the event's symbol feeds, or -1 when it is not one of ours. Allocation-free. */
    public int instrumentOf(FeedEvent event) {
        for (int i = 0; i < tickers.length; i++) {
            if (event.symbolIs(tickers[i])) {
                return instruments[i];
            }
        }
        return -1;
    }

    /** The subscribed ticker of an instrument, or null when it has none. */
    public String tickerOf(int instrument) {
        for (ContractRoute route : routes) {
            if (route.instrument().index() == instrument) {
                return route.ticker();
            }
        }
        return null;
    }

    /** Massive's subscribe params: {@code T.MGCZ6,AM.MGCZ6,...}; minute bars only when asked for. */
    public String subscribeParams(boolean minuteBars) {
        StringBuilder params = new StringBuilder();
        for (ContractRoute route : routes) {
            if (!params.isEmpty()) {
                params.append(',');
            }
            params.append("T.").append(route.ticker());
            if (minuteBars) {
                params.append(",AM.").append(route.ticker());
            }
        }
        return params.toString();
    }
}
