package com.playgent.maven.run;

import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.Run;
import java.nio.file.Path;

/**
 * What became of one requested run: the fetched run and its file, or the error that stopped it.
 *
 * @param request what was asked for
 * @param runId the id the service gave, or null when the run was never created
 * @param run the run in a terminal state, or null
 * @param file the run file written, or null
 * @param error why there is no run, or null
 */
public record RunOutcome(CreateRunRequest request, String runId, Run run, Path file, Throwable error) {
  public boolean fetched() {
    return run != null;
  }

  /** The error's message without wrapper noise; null when there is no error. */
  public String errorMessage() {
    if (error == null) {
      return null;
    }
    String m = error.getMessage();
    return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
  }
}
