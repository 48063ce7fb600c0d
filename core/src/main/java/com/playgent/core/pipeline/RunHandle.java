package com.playgent.core.pipeline;

import com.playgent.client.model.Run;
import com.playgent.core.session.Obtained;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** A started unit: its run id once the service gave one, and the finished run to come. */
public final class RunHandle {
  private final RunUnit unit;
  private final CompletableFuture<Run> run;
  private final long startedNanos = System.nanoTime();
  private final Obtained obtained;
  volatile String runId;
  private volatile long finishedNanos;

  RunHandle(RunUnit unit, CompletableFuture<Run> run, Obtained obtained) {
    this.unit = unit;
    this.run = run;
    this.obtained = obtained;
    if (unit.kind() == RunUnit.Kind.PINNED) {
      runId = unit.runId();
    }
    run.whenComplete((r, e) -> finishedNanos = System.nanoTime());
  }

  public RunUnit unit() {
    return unit;
  }

  /** The run's id once the service (or a file) gave one, else null. */
  public String runId() {
    return runId;
  }

  /** How the run was obtained; {@link Obtained#NONE} tells nothing about a run that could not be started. */
  public Obtained obtained() {
    return obtained;
  }

  CompletableFuture<Run> run() {
    return run;
  }

  public boolean isDone() {
    return run.isDone();
  }

  public Duration age() {
    long end = run.isDone() ? finishedNanos : System.nanoTime();
    return Duration.ofNanos(Math.max(0, end - startedNanos));
  }

  /**
   * Blocks until the run is finished, printing a progress line every {@code interval} while it
   * waits (from the waiting thread, so the line is not charged to another test's output).
   */
  public Run await(Duration interval, Consumer<String> progress) throws Throwable {
    while (true) {
      try {
        if (interval.isZero()) {
          return run.get();
        }
        return run.get(interval.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException stillWaiting) {
        progress.accept(null);
      } catch (ExecutionException e) {
        throw e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw e;
      }
    }
  }
}
