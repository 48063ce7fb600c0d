package com.playgent.junit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps test names unique per test class, and stable: the same place in the plan always gets the
 * same label, so Surefire re-runs and IDE re-runs address the same testcase. A label taken by
 * another place gets the agent, or a number, appended. One per launcher session.
 */
final class CaseLabels {
  private final Map<String, String> ownerOfLabel = new ConcurrentHashMap<>();
  private final Map<String, String> labelOfSlot = new ConcurrentHashMap<>();

  String label(String testClass, String slot, String base, String agent) {
    return labelOfSlot.computeIfAbsent(testClass + "|" + slot, k -> claim(testClass, slot, base, agent));
  }

  private synchronized String claim(String testClass, String slot, String base, String agent) {
    if (take(testClass, slot, base)) {
      return base;
    }
    if (agent != null && take(testClass, slot, base + " [" + agent + "]")) {
      return base + " [" + agent + "]";
    }
    for (int n = 2; ; n++) {
      if (take(testClass, slot, base + " #" + n)) {
        return base + " #" + n;
      }
    }
  }

  private boolean take(String testClass, String slot, String label) {
    String owner = ownerOfLabel.putIfAbsent(testClass + "|" + label, slot);
    return owner == null || owner.equals(slot);
  }
}
