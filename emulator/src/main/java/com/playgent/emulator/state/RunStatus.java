package com.playgent.emulator.state;

/** Name the documented run statuses. */
public enum RunStatus {
  /** Accepted, not started. */
  QUEUED,
  /** Started, not finished. */
  RUNNING,
  /** Every turn executed and judged (pass or fail). */
  COMPLETED,
  /** The run could not finish (for example the agent was unreachable). */
  FAILED;

  /** Return the wire value, for example {@code "queued"}. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Return whether the status is final. */
  public boolean terminal() {
    return this == COMPLETED || this == FAILED;
  }
}
