package com.playgent.emulator.state;

import com.playgent.emulator.world.Agent;
import com.playgent.emulator.world.TestCase;
import java.time.Instant;
import java.util.List;

/**
 * Hold one run as created; its status at any moment is computed from {@link #createdAt()} and
 * the cases' durations, so no background thread moves it along.
 *
 * @param id run id
 * @param createdAt when it was created
 * @param cases the selected test cases, in order
 * @param agent the run's agent: the override from the request, else the first case's agent
 * @param parallel whether the cases run side by side (duration = max) or one after another (sum)
 */
public record Run(String id, Instant createdAt, List<TestCase> cases, Agent agent, boolean parallel) {
  /** Copy the case list. */
  public Run {
    cases = List.copyOf(cases);
  }

  /** Return the run's wall time in milliseconds. */
  public long durationMs() {
    long total = 0;
    for (TestCase c : cases) {
      total = parallel ? Math.max(total, c.durationMs()) : total + c.durationMs();
    }
    return total;
  }

  /** Return how long the run stays {@code queued}: the first tenth of its duration. */
  public long queuedMs() {
    return durationMs() / 10;
  }

  /** Return when the run reaches its terminal status (unless a case is stuck). */
  public Instant terminalAt() {
    return createdAt.plusMillis(durationMs());
  }

  /** Return {@code ceil(duration in seconds)}, the {@code estimated_duration_s}. */
  public long estimatedDurationSeconds() {
    return (durationMs() + 999) / 1000;
  }
}
