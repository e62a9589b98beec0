package com.fks.copilot.gateway.bridge;

/** Input refused at the edge: {@link #field} names what was wrong (JSON path, e.g. {@code positions[1].quantity}). */
public final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
