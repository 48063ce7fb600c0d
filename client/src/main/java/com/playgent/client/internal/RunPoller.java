package com.playgent.client.internal;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentRunTimeoutException;
import com.playgent.client.RunProgress;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Waits for a run by polling: the first poll near the service's estimate (right away without
 * one), then intervals that double from the minimum to the maximum, the last poll at the deadline.
 *
 * <p>The timeout holds whatever the transport does: a poll that the rate limiter holds back, or
 * one that hangs until the read timeout, is cancelled shortly after the deadline, and the wait
 * ends with the timeout then rather than when that poll would have answered.
 */
public final class RunPoller {
  /** Polls this long after the estimate, so a run that ends on time is seen by the first poll. */
  static final long ESTIMATE_MARGIN_MS = 150;
  /** How long the last poll, sent at the deadline, may take before the wait ends without its answer. */
  static final long LAST_POLL_GRACE_MS = 1000;

  private final ScheduledExecutorService scheduler;
  private final Function<String, CompletableFuture<Run>> fetch;

  public RunPoller(ScheduledExecutorService scheduler, Function<String, CompletableFuture<Run>> fetch) {
    this.scheduler = scheduler;
    this.fetch = fetch;
  }

  public CompletableFuture<Run> await(String runId, Integer estimatedSeconds, AwaitOptions options) {
    Waiter waiter = new Waiter(runId, options, System.nanoTime());
    // No estimate: an existing run (often finished long ago), so ask right away. An estimate of 0:
    // a run that was just created, so give it the minimum interval.
    long first = estimatedSeconds == null ? 0
        : estimatedSeconds <= 0 ? options.minInterval().toMillis()
        : estimatedSeconds * 1000L + ESTIMATE_MARGIN_MS;
    waiter.schedule(first);
    waiter.armDeadline();
    return waiter.result;
  }

  private final class Waiter {
    final String runId;
    final AwaitOptions options;
    final long startNanos;
    final CompletableFuture<Run> result = new CompletableFuture<>();
    long interval;
    volatile int polls;
    volatile RunStatus lastStatus;
    volatile CompletableFuture<Run> inFlight;

    Waiter(String runId, AwaitOptions options, long startNanos) {
      this.runId = runId;
      this.options = options;
      this.startNanos = startNanos;
      this.interval = options.minInterval().toMillis();
    }

    void schedule(long delayMs) {
      long left = options.timeout().toMillis() - elapsed().toMillis();
      scheduler.schedule(this::poll, Math.max(0, Math.min(delayMs, left)), TimeUnit.MILLISECONDS);
    }

    void armDeadline() {
      ScheduledFuture<?> deadline = scheduler.schedule(() -> {
        if (result.completeExceptionally(timedOut())) {
          CompletableFuture<Run> poll = inFlight;
          if (poll != null) {
            poll.cancel(true);
          }
        }
      }, options.timeout().toMillis() + LAST_POLL_GRACE_MS, TimeUnit.MILLISECONDS);
      result.whenComplete((run, error) -> deadline.cancel(false));
    }

    void poll() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<Run> poll = fetch.apply(runId);
      inFlight = poll;
      poll.whenComplete((run, error) -> {
        if (error != null) {
          result.completeExceptionally(error);
          return;
        }
        polls++;
        lastStatus = run.status();
        Duration elapsed = elapsed();
        try {
          options.progress().accept(new RunProgress(runId, run.status(), elapsed, polls));
        } catch (RuntimeException callbackFailure) {
          // A progress printer must not stop the wait.
        }
        if (run.isTerminal()) {
          result.complete(run);
        } else if (elapsed.compareTo(options.timeout()) >= 0) {
          result.completeExceptionally(timedOut());
        } else {
          long next = interval;
          interval = Math.min(interval * 2, options.maxInterval().toMillis());
          schedule(next);
        }
      });
    }

    PlaygentRunTimeoutException timedOut() {
      return new PlaygentRunTimeoutException(runId, lastStatus, elapsed(), options.timeout());
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }
  }
}
