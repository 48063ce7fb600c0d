package com.playgent.client.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A run's status. The documented values are constants; any other value the service sends is kept
 * as it is (never an exception), and counts as not terminal.
 */
public record RunStatus(String value) {
  public static final RunStatus QUEUED = new RunStatus("queued");
  public static final RunStatus RUNNING = new RunStatus("running");
  public static final RunStatus COMPLETED = new RunStatus("completed");
  public static final RunStatus FAILED = new RunStatus("failed");

  public RunStatus {
    Objects.requireNonNull(value, "value == null");
  }

  public static RunStatus of(String value) {
    return new RunStatus(value.toLowerCase(Locale.ROOT));
  }

  /** True for {@code completed} and {@code failed}: polling can stop. */
  public boolean isTerminal() {
    return equals(COMPLETED) || equals(FAILED);
  }

  public boolean isKnown() {
    return equals(QUEUED) || equals(RUNNING) || isTerminal();
  }

  @Override
  public String toString() {
    return value;
  }
}
