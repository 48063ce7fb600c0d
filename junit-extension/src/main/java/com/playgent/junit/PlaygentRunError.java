package com.playgent.junit;

import org.apiguardian.api.API;

/**
 * A run could not be reported as turns: it failed on the service, timed out, or could not be
 * started or fetched. JUnit reports it as an error, not a failure. The message names the run or
 * test case, the cause and what to do; {@link #toString()} may add lines after it, such as the
 * run's link.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentRunError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String details;

  public PlaygentRunError(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * @param message the one-line message
   * @param details the lines that follow it in {@link #toString()}, may be null
   */
  public PlaygentRunError(String message, String details, Throwable cause) {
    super(message, cause);
    this.details = Details.of(details);
  }

  /** The lines after the message, or null. */
  public String details() {
    return details;
  }

  @Override
  public String toString() {
    return Details.after(super.toString(), details);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
