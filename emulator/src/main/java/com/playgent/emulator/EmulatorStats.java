package com.playgent.emulator;

import com.playgent.emulator.state.Lifecycle;
import com.playgent.emulator.state.Registry;
import com.playgent.emulator.state.Run;
import com.playgent.emulator.state.StatsRecorder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read the live counters of a running emulator: requests per route, runs created, 429s sent,
 * and per-run timing for benchmarks. Every read reflects the current moment. Routes are named
 * like {@code "POST /v1/runs"}, {@code "GET /v1/runs/{run_id}"}, {@code "POST /v1/evaluate"}.
 */
public final class EmulatorStats {
  private final StatsRecorder recorder;
  private final Registry registry;
  private final Faults faults;
  private final Clock clock;

  EmulatorStats(StatsRecorder recorder, Registry registry, Faults faults, Clock clock) {
    this.recorder = recorder;
    this.registry = registry;
    this.faults = faults;
    this.clock = clock;
  }

  /** Return the number of requests to {@code route}, for example {@code "POST /v1/runs"}. */
  public long requests(String route) {
    return recorder.requests(route);
  }

  /** Return the number of requests to every route, sorted by route. */
  public Map<String, Long> requestsByRoute() {
    return recorder.requestsByRoute();
  }

  /** Return the number of requests received, on every route. */
  public long totalRequests() {
    return recorder.totalRequests();
  }

  /** Return the number of runs created. */
  public long runsCreated() {
    return recorder.runsCreated();
  }

  /**
   * Return the ids of every run created so far, in creation order. A run counts as created once
   * the emulator stored it, which is before its answer reaches the client (or is lost by a fault).
   */
  public List<String> createdRunIds() {
    return recorder.createdRunIds();
  }

  /** Return the number of 429 answers sent. */
  public long rateLimited() {
    return recorder.rateLimitedCount();
  }

  /**
   * Return the latest {@code /v1} requests (up to 10 000) in the order they were handled, each with
   * when it arrived, what it was answered and when. {@code /_emulator/stats} is not logged.
   */
  public List<ServedRequest> served() {
    return recorder.served();
  }

  /** Return the number of faults that fired. */
  public long faultsInjected() {
    return recorder.faultsInjected();
  }

  /**
   * Return when run {@code runId} reached its terminal status, or empty while it has not (or
   * when it is unknown or stuck).
   */
  public Optional<Instant> completedAt(String runId) {
    Optional<Run> run = registry.run(runId);
    if (run.isEmpty() || Lifecycle.stuck(run.get(), faults)) {
      return Optional.empty();
    }
    Instant at = run.get().terminalAt();
    return at.isAfter(clock.instant()) ? Optional.empty() : Optional.of(at);
  }

  /** Return when run {@code runId} was created (its {@code POST /v1/runs} was answered), if it exists. */
  public Optional<Instant> createdAt(String runId) {
    return registry.run(runId).map(Run::createdAt);
  }

  /** Return when run {@code runId} was first served with a terminal status, if it was. */
  public Optional<Instant> firstTerminalFetchAt(String runId) {
    return recorder.firstTerminalFetchAt(runId);
  }
}
