package com.playgent.maven.report;

import com.playgent.core.outcome.PassAtK;
import com.playgent.core.outcome.RepeatedTurn;
import java.util.Locale;

/**
 * The {@code Repeats} section of {@code summary.md}: per repeated test case, each turn's passes over
 * its repeats, its verdict, a flaky mark, and pass@1, pass@k and pass^k (k = the repeats).
 */
final class RepeatsMarkdown {
  private RepeatsMarkdown() {}

  static void section(StringBuilder md, RepeatedRuns repeated) {
    if (repeated.isEmpty()) {
      return;
    }
    md.append("### Repeats (").append(repeated.groups().size())
        .append(repeated.groups().size() == 1 ? " test case" : " test cases").append(")\n\n")
        .append("Each turn passes when at least the needed number of its repeats passed it; ⚠️ flaky: its repeats"
            + " disagree. pass@k: the chance that at least one of k repeats passes; pass^k: that all k pass.\n\n");
    md.append("| | Test case · turn | Passed repeats | Needs | Flaky | pass@1 | pass@k | pass^k |\n")
        .append("|---|---|---:|---:|---|---:|---:|---:|\n");
    for (RepeatedRuns.Group g : repeated.groups()) {
      for (RepeatedTurn t : g.turns()) {
        md.append("| ").append(t.passed() ? "✅" : "❌").append(" | ")
            .append(MarkdownSummary.cell(g.caseLabel() + " · turn " + t.number())).append(" | ")
            .append(t.passes()).append(" of ").append(t.repeats()).append(" | ").append(t.minPasses()).append(" | ")
            .append(t.flaky() ? "⚠️ flaky" : "").append(" | ")
            .append(rate(PassAtK.passAtK(t.repeats(), t.passes(), 1))).append(" | ")
            .append(rate(PassAtK.passAtK(t.repeats(), t.passes(), t.repeats()))).append(" | ")
            .append(rate(PassAtK.passHatK(t.repeats(), t.passes(), t.repeats()))).append(" |\n");
      }
    }
    md.append('\n');
  }

  private static String rate(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }
}
