package com.playgent.junit;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A turn failed: the service's verdict, a client-side threshold or a custom check. The message is
 * the whole story (headline, expected behaviour, input, output, every scorer with its reasoning,
 * metrics, trace), so it carries no stack trace: frames of ours would only bury it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentTurnFailure extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  public PlaygentTurnFailure(String message) {
    super(message);
  }

  public PlaygentTurnFailure(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
