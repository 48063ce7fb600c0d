package com.playgent.junit.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link RunCoordinator} per configuration, for the life of the JVM (IDE re-runs reuse runs). */
public final class Coordinators {
  private static final Map<String, RunCoordinator> BY_SETTINGS = new ConcurrentHashMap<>();
  private static final SuiteStats STATS = new SuiteStats();

  private Coordinators() {}

  public static RunCoordinator of(Settings settings) {
    return BY_SETTINGS.computeIfAbsent(settings.coordinatorKey(), k -> new RunCoordinator(settings, STATS));
  }

  static Collection<RunCoordinator> all() {
    return BY_SETTINGS.values();
  }

  static SuiteStats stats() {
    return STATS;
  }
}
