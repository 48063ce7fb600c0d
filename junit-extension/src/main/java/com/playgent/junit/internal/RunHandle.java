package com.playgent.junit.internal;

import com.playgent.client.model.Run;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** A started unit: its run id once the service gave one, and the finished run to come. */
final class RunHandle {
  final RunUnit unit;
  final CompletableFuture<Run> run;
  final long startedNanos = System.nanoTime();
  volatile String runId;
  volatile long finishedNanos;

  RunHandle(RunUnit unit, CompletableFuture<Run> run) {
    this.unit = unit;
    this.run = run;
    if (unit.kind() == RunUnit.Kind.PINNED) {
      runId = unit.runId();
    }
    run.whenComplete((r, e) -> finishedNanos = System.nanoTime());
  }

  boolean isDone() {
    return run.isDone();
  }

  Duration age() {
    long end = run.isDone() ? finishedNanos : System.nanoTime();
    return Duration.ofNanos(Math.max(0, end - startedNanos));
  }

  /**
   * Blocks until the run is finished, printing a progress line every {@code interval} while it
   * waits (from the waiting thread, so the line is not charged to another test's output).
   */
  Run await(Duration interval, Consumer<String> progress) throws Throwable {
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
