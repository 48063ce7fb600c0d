package com.playgent.core.outcome;

import com.playgent.client.PlaygentConfigurationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a declaration says are known to fail: {@code "2"} applies to every test case of the
 * declaration, {@code "tc_x:2"} to one. Such a turn that fails is reported as skipped; one that
 * passes fails, so the list stays true.
 */
public record KnownFailingTurns(List<String> entries) {
  public KnownFailingTurns {
    entries = List.copyOf(entries);
    numbers(entries, null); // validate the syntax before anything starts
  }

  /** The turn numbers known to fail for a test case. */
  public Set<Integer> forCase(String caseId) {
    return numbers(entries, caseId);
  }

  private static Set<Integer> numbers(List<String> entries, String caseId) {
    Set<Integer> numbers = new HashSet<>();
    for (String entry : entries) {
      String e = entry.trim();
      int colon = e.lastIndexOf(':');
      String forCase = colon < 0 ? null : e.substring(0, colon).trim();
      String number = colon < 0 ? e : e.substring(colon + 1).trim();
      int n;
      try {
        n = Integer.parseInt(number);
      } catch (NumberFormatException ex) {
        n = 0;
      }
      if (n < 1) {
        throw new PlaygentConfigurationException("knownFailingTurns entry '" + entry + "' is not a turn: use the 1-based"
            + " turn number, e.g. \"2\", or \"tc_xyz789:2\" for one test case");
      }
      if (forCase == null || forCase.equals(caseId)) {
        numbers.add(n);
      }
    }
    return numbers;
  }
}
