package com.playgent.junit;

import org.apiguardian.api.API;

/**
 * A run could not be reported as turns: it failed on the service, timed out, or could not be
 * started or fetched. JUnit reports it as an error, not a failure. The message names the run or
 * test case, the cause and what to do.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentRunError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PlaygentRunError(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
