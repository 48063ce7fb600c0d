package com.playgent.emulator.state;

import com.playgent.emulator.ServedRequest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/** Count what the emulator serves. Thread-safe; read through {@code EmulatorStats}. */
public final class StatsRecorder {
  /** How many of the latest requests the log keeps, so long benchmarks do not grow memory. */
  public static final int LOG_SIZE = 10_000;

  private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();
  private final LongAdder runsCreated = new LongAdder();
  private final LongAdder rateLimited = new LongAdder();
  private final LongAdder faultsInjected = new LongAdder();
  private final Map<String, Instant> firstTerminalFetch = new ConcurrentHashMap<>();
  private final List<String> createdRunIds = new CopyOnWriteArrayList<>();
  private final ArrayDeque<ServedRequest> log = new ArrayDeque<>();

  /** Count one request to {@code route}. */
  public void request(String route) {
    total.increment();
    byRoute.computeIfAbsent(route, r -> new LongAdder()).increment();
  }

  /** Log one served {@code /v1} request, dropping the oldest beyond {@link #LOG_SIZE}. */
  public void served(ServedRequest request) {
    synchronized (log) {
      if (log.size() == LOG_SIZE) {
        log.removeFirst();
      }
      log.addLast(request);
    }
  }

  /** Return the logged requests, oldest first. */
  public List<ServedRequest> served() {
    synchronized (log) {
      return List.copyOf(new ArrayList<>(log));
    }
  }

  /** Count one created run and remember its id. */
  public void runCreated(String runId) {
    createdRunIds.add(runId);
    runsCreated.increment();
  }

  /** Count one 429 answer. */
  public void rateLimited() {
    rateLimited.increment();
  }

  /** Count one fired fault. */
  public void faultInjected() {
    faultsInjected.increment();
  }

  /** Record that {@code runId} was first served in a terminal status at {@code when}. */
  public void terminalFetch(String runId, Instant when) {
    firstTerminalFetch.putIfAbsent(runId, when);
  }

  /** Return requests to {@code route}. */
  public long requests(String route) {
    LongAdder a = byRoute.get(route);
    return a == null ? 0 : a.sum();
  }

  /** Return requests to every route, sorted by route. */
  public Map<String, Long> requestsByRoute() {
    Map<String, Long> out = new TreeMap<>();
    byRoute.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** Return all requests. */
  public long totalRequests() {
    return total.sum();
  }

  /** Return created runs. */
  public long runsCreated() {
    return runsCreated.sum();
  }

  /** Return 429 answers sent. */
  public long rateLimitedCount() {
    return rateLimited.sum();
  }

  /** Return faults fired. */
  public long faultsInjected() {
    return faultsInjected.sum();
  }

  /** Return the ids of the created runs, in the order they were created. */
  public List<String> createdRunIds() {
    return List.copyOf(createdRunIds);
  }

  /** Return when {@code runId} was first served terminal. */
  public Optional<Instant> firstTerminalFetchAt(String runId) {
    return Optional.ofNullable(firstTerminalFetch.get(runId));
  }
}
