package com.playgent.client;

import com.playgent.client.model.RunStatus;
import java.time.Duration;

/** A run did not reach {@code completed} or {@code failed} within the await timeout. */
public final class PlaygentRunTimeoutException extends PlaygentException {
  private static final long serialVersionUID = 1L;
  private final String runId;
  private final transient RunStatus lastStatus;
  private final Duration elapsed;

  public PlaygentRunTimeoutException(String runId, RunStatus lastStatus, Duration elapsed, Duration timeout) {
    super((lastStatus == null ? "the status of run " + runId + " is still unknown" : "run " + runId + " is still "
            + lastStatus) + " after " + seconds(elapsed) + " (timeout " + seconds(timeout) + "); raise"
            + " playgent.timeout, or look the run up later: it was not cancelled", "GET /v1/runs/" + runId, null);
    this.runId = runId;
    this.lastStatus = lastStatus;
    this.elapsed = elapsed;
  }

  public String runId() {
    return runId;
  }

  public RunStatus lastStatus() {
    return lastStatus;
  }

  public Duration elapsed() {
    return elapsed;
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
