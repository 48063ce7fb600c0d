package com.playgent.core.pipeline;

import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.store.RunFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds a recent finished run of the same test case and agent under {@code target/playgent/runs},
 * so re-running one turn from the IDE does not pay for a new run ({@code playgent.reuse-runs}).
 */
final class ReusableRuns {
  private final RunFiles files;

  ReusableRuns(RunFiles files) {
    this.files = files;
  }

  Optional<Run> find(RunUnit unit, Duration window) {
    if (unit.kind() != RunUnit.Kind.TEST_CASE) {
      return Optional.empty(); // only a single test case maps to a run file unambiguously
    }
    Instant oldest = Instant.now().minus(window);
    List<Path> candidates = files.list();
    for (int i = candidates.size() - 1; i >= 0; i--) {
      Path p = candidates.get(i);
      try {
        if (Files.getLastModifiedTime(p).toInstant().isBefore(oldest)) {
          continue;
        }
        Run run = ServiceIds.checkRun(files.read(p), "the run file " + p + " holds", null);
        boolean sameCase = run.testCase() != null && unit.testCaseId().equals(run.testCase().id())
            && (run.testCases() == null || run.testCases().size() <= 1);
        boolean sameAgent = unit.agent() == null || (run.agent() != null && unit.agent().equals(run.agent().id()));
        if (sameCase && sameAgent && RunStatus.COMPLETED.equals(run.status())) {
          return Optional.of(run);
        }
      } catch (IOException | RuntimeException unreadable) {
        // a damaged or foreign file is simply not reused
      }
    }
    return Optional.empty();
  }
}
