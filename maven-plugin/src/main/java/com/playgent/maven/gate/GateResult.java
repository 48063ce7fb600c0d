package com.playgent.maven.gate;

/**
 * One gate's outcome.
 *
 * @param name what was measured, e.g. {@code pass rate} or {@code faithfulness mean}; the testcase name
 * @param actual the measured value as shown, e.g. {@code 66.7%}, or {@code unknown}
 * @param limit the configured limit as shown, e.g. {@code >= 95.0%}
 * @param passed whether the gate holds
 * @param message one line, e.g. {@code pass rate 66.7% < 95.0%}
 */
public record GateResult(String name, String actual, String limit, boolean passed, String message) {}
