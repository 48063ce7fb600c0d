package com.playgent.junit;

import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * A turn listed in {@code knownFailingTurns} failed, as expected: it is reported as skipped. The
 * message is one line; {@link #toString()} adds the turn's whole block. Like
 * {@link PlaygentTurnFailure} it carries no stack trace.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentKnownFailure extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  private final String details;

  /**
   * @param headline the one-line message
   * @param details the lines that follow it in {@link #toString()}, may be null
   */
  public PlaygentKnownFailure(String headline, String details) {
    super(headline);
    this.details = Details.of(details);
  }

  /** The lines after the headline, or null. */
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
