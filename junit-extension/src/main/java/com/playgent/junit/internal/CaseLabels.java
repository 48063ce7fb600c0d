package com.playgent.junit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps test names unique per test class, and stable: the same place in the plan always gets the
 * same label, so Surefire re-runs and IDE re-runs address the same testcase. A label taken by
 * another place gets the agent, or a number, appended.
 */
final class CaseLabels {
  private static final Map<String, String> OWNER_OF_LABEL = new ConcurrentHashMap<>();
  private static final Map<String, String> LABEL_OF_SLOT = new ConcurrentHashMap<>();

  private CaseLabels() {}

  static String label(String testClass, String slot, String base, String agent) {
    return LABEL_OF_SLOT.computeIfAbsent(testClass + "|" + slot, k -> claim(testClass, slot, base, agent));
  }

  private static synchronized String claim(String testClass, String slot, String base, String agent) {
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

  private static boolean take(String testClass, String slot, String label) {
    String owner = OWNER_OF_LABEL.putIfAbsent(testClass + "|" + label, slot);
    return owner == null || owner.equals(slot);
  }
}
