package com.fks.copilot.engine.notrade;

/** How loud a no-trade reason is; a verdict's severity is the maximum of its reasons'. */
public enum Severity {
    INFO, WARNING, CRITICAL
}
