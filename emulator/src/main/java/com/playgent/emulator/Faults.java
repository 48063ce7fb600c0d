package com.playgent.emulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hold the fault rules of a running emulator; rules can be added and cleared while it serves.
 * Rules are checked in the order they were added. Thread-safe.
 */
public final class Faults {
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

  Faults(List<FaultRule> initial) {
    rules.addAll(initial);
  }

  /** Add a rule; it applies from the next request on. */
  public Faults add(FaultRule rule) {
    rules.add(java.util.Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /** Remove one rule. */
  public boolean remove(FaultRule rule) {
    return rules.remove(rule);
  }

  /** Remove every rule. */
  public void clear() {
    rules.clear();
  }

  /** Return the current rules, in order. */
  public List<FaultRule> list() {
    return List.copyOf(rules);
  }

  /** Return whether runs of {@code testCaseId} are held in {@code running}. */
  public boolean isStuck(String testCaseId) {
    for (FaultRule r : rules) {
      if (r.kind() == FaultRule.Kind.STUCK_RUNNING && r.target().equals(testCaseId)) {
        return true;
      }
    }
    return false;
  }
}
