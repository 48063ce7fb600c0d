package com.playgent.junit;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A turn failed: the service's verdict, a client-side threshold or a custom check. The message is
 * one line, the turn's headline (the failing scorers first, with rule and reason), so every viewer
 * that shows only a message still says why; {@link #toString()} adds the whole block (expected
 * behaviour, input, output, every scorer with its reasoning, metrics, trace), which Surefire writes
 * as the body of {@code <failure>} and IDEs show. It carries no stack trace: frames of ours would
 * only bury the story.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentTurnFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  private final String details;

  public PlaygentTurnFailure(String message) {
    this(message, null, null);
  }

  public PlaygentTurnFailure(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * @param headline the one-line message
   * @param details the lines that follow it in {@link #toString()}, may be null
   * @param cause the failed check, may be null
   */
  public PlaygentTurnFailure(String headline, String details, Throwable cause) {
    super(headline, cause);
    this.details = Details.of(details);
  }

  /** The lines after the headline, or null. */
  public String details() {
    return details;
  }

  /** The class, the one-line message and, on the lines after it, the details. */
  @Override
  public String toString() {
    return Details.after(super.toString(), details);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
