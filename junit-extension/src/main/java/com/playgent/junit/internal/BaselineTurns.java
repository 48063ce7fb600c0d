package com.playgent.junit.internal;

import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.core.outcome.KnownFailingTurns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baseline {@code playgent.baseline} names, as the extension uses it: a turn that did not pass in
 * it ({@link TurnStats#passing()}: in every run, or by {@code minPasses} for a test case run with
 * repeats) is known failing (it feeds the same mechanism as {@code knownFailingTurns}, so the session record,
 * the reports and the gates count it as JUnit does), a turn that passed in it and fails now is a new
 * failure, and a turn that failed in it and passes now is fixed.
 *
 * @param file the file as named, for messages
 */
public record BaselineTurns(Baseline baseline, String file) {

  /**
   * Reads the file, relative to the working directory (the project directory under Maven).
   *
   * @throws com.playgent.client.PlaygentConfigurationException when it is missing or unreadable, naming it
   */
  public static BaselineTurns read(Path file) {
    return new BaselineTurns(BaselineFile.read(file), file.toString().replace('\\', '/'));
  }

  /** The baseline's record of a turn, if it has one. */
  public Optional<TurnStats> turn(String caseId, int number) {
    return caseId == null ? Optional.empty() : baseline.testCase(caseId).flatMap(c -> c.turn(number));
  }

  /** The declaration's own known failing turns and those that failed in the baseline, for one test case. */
  public Set<Integer> knownFailing(KnownFailingTurns declared, String caseId) {
    Set<Integer> known = new TreeSet<>(declared.forCase(caseId));
    if (caseId != null) {
      known.addAll(baseline.failingTurns(caseId));
    }
    return known;
  }

  /**
   * The {@code knownFailingTurns} entries the session record keeps: the declaration's, then
   * {@code tc_x:2} for each turn that failed in the baseline, of the named test cases (of every test
   * case when the declaration selects by tags or runs).
   */
  public List<String> knownFailingEntries(List<String> declared, List<String> testCaseIds, boolean onlyNamedCases) {
    List<String> entries = new ArrayList<>(declared);
    for (Baseline.CaseStats c : baseline.testCases()) {
      if (onlyNamedCases && !testCaseIds.contains(c.key())) {
        continue;
      }
      for (TurnStats t : c.turns()) {
        String entry = c.key() + ":" + t.turn();
        if (!t.passing() && !entries.contains(entry)) {
          entries.add(entry);
        }
      }
    }
    return entries;
  }
}
