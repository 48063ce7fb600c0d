package com.playgent.emulator.state;

import com.playgent.emulator.Faults;
import com.playgent.emulator.world.TestCase;
import java.time.Duration;
import java.time.Instant;

/**
 * Compute a run's status from the clock: {@code queued} for the first tenth of its duration,
 * then {@code running}, then {@code failed} if any case fails, else {@code completed}. A run with
 * a stuck case (in the world or by a {@code stuck_running} fault) stays {@code running}.
 */
public final class Lifecycle {
  private Lifecycle() {}

  /** Return the status of {@code run} at {@code now}. */
  public static RunStatus status(Run run, Instant now, Faults faults) {
    long elapsed = Duration.between(run.createdAt(), now).toMillis();
    if (elapsed < run.queuedMs()) {
      return RunStatus.QUEUED;
    }
    if (elapsed < run.durationMs() || stuck(run, faults)) {
      return RunStatus.RUNNING;
    }
    return run.cases().stream().anyMatch(TestCase::fails) ? RunStatus.FAILED : RunStatus.COMPLETED;
  }

  /** Return whether a case of {@code run} is held in {@code running}. */
  public static boolean stuck(Run run, Faults faults) {
    for (TestCase c : run.cases()) {
      if (c.stuck() || faults.isStuck(c.id())) {
        return true;
      }
    }
    return false;
  }
}
