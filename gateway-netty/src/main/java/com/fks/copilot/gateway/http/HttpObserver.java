package com.fks.copilot.gateway.http;

/**
 * What the HTTP edge reports for monitoring. Called on the connection's event loop; an implementation
 * must not block. Routes are {@link RouteNames route patterns}, never raw paths.
 */
public interface HttpObserver {
    HttpObserver NONE = new HttpObserver() {
        @Override
        public void answered(String method, String route, int status, long nanos) {
        }

        @Override
        public void rateLimited(String route) {
        }
    };

    /** A request was answered: {@code nanos} from its head read to its response written (to the head, for a stream). */
    void answered(String method, String route, int status, long nanos);

    /** A request was refused by the per-client rate limits. */
    void rateLimited(String route);
}
