package com.playgent.maven.surefire;

import java.util.Objects;

/**
 * One {@code <testcase>}.
 *
 * @param name the test name as viewers show it
 * @param classname the group viewers put it under
 * @param timeSeconds the duration
 * @param outcome passed, failure (an assertion), error (could not run) or skipped
 * @param message the one-line {@code message} attribute of {@code <failure>}/{@code <error>}
 * @param type the {@code type} attribute, e.g. {@code playgent.TurnFailed}
 * @param details the body of {@code <failure>}/{@code <error>}
 * @param systemOut the {@code <system-out>} text, may be null
 */
public record JUnitCase(
    String name, String classname, double timeSeconds, Outcome outcome, String message, String type, String details,
    String systemOut) {

  public enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

  public JUnitCase {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(classname, "classname == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }

  public static JUnitCase passed(String name, String classname, double timeSeconds, String systemOut) {
    return new JUnitCase(name, classname, timeSeconds, Outcome.PASSED, null, null, null, systemOut);
  }

  public static JUnitCase failure(String name, String classname, double timeSeconds, String message, String type,
      String details, String systemOut) {
    return new JUnitCase(name, classname, timeSeconds, Outcome.FAILURE, message, type, details, systemOut);
  }

  public static JUnitCase error(String name, String classname, double timeSeconds, String message, String type,
      String details, String systemOut) {
    return new JUnitCase(name, classname, timeSeconds, Outcome.ERROR, message, type, details, systemOut);
  }

  public static JUnitCase skipped(String name, String classname, String message, String systemOut) {
    return new JUnitCase(name, classname, 0, Outcome.SKIPPED, message, null, null, systemOut);
  }
}
