package com.playgent.maven.report;

import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.PassAtK;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.TurnReport;
import java.util.Locale;

/** The HTML report's repeats: a section with each repeated turn's verdict over its repeats, and flaky pills. */
final class RepeatsHtml {
  private RepeatsHtml() {}

  static void section(StringBuilder h, RepeatedRuns repeated) {
    if (repeated.isEmpty()) {
      return;
    }
    h.append("<section class=\"card\" id=\"repeats\"><h2>Repeats <span class=\"pill\">")
        .append(repeated.groups().size()).append("</span></h2>\n<p class=\"muted small\">Each turn passes when at least")
        .append(" the needed number of its repeats passed it; <span class=\"pill warn\">flaky</span>: its repeats")
        .append(" disagree. pass@k: the chance that at least one of k repeats passes; pass^k: that all k pass.</p>\n")
        .append("<table class=\"repeats\"><thead><tr><th></th><th>Test case · turn</th><th>Passed repeats</th>")
        .append("<th>Needs</th><th></th><th>pass@1</th><th>pass@k</th><th>pass^k</th></tr></thead><tbody>\n");
    for (RepeatedRuns.Group g : repeated.groups()) {
      for (RepeatedTurn t : g.turns()) {
        h.append("<tr data-failed=\"").append(!t.passed()).append("\"><td class=\"mark ")
            .append(t.passed() ? "good-text\">✓" : "bad-text\">✗").append("</td><td>")
            .append(Escaper.HTML.escape(g.caseLabel() + " · turn " + t.number())).append("</td><td class=\"num\">")
            .append(t.passes()).append(" of ").append(t.repeats()).append("</td><td class=\"num\">")
            .append(t.minPasses()).append("</td><td>").append(t.flaky() ? "<span class=\"pill warn\">flaky</span>" : "")
            .append("</td><td class=\"num\">").append(rate(PassAtK.passAtK(t.repeats(), t.passes(), 1)))
            .append("</td><td class=\"num\">").append(rate(PassAtK.passAtK(t.repeats(), t.passes(), t.repeats())))
            .append("</td><td class=\"num\">").append(rate(PassAtK.passHatK(t.repeats(), t.passes(), t.repeats())))
            .append("</td></tr>\n");
      }
    }
    h.append("</tbody></table></section>\n");
  }

  /** A pill after a repeat's turn: {@code flaky: 4 of 5 repeats passed, needs 4, so the turn passes}; else nothing. */
  static String pill(RepeatedRuns repeated, TurnReport turn) {
    return repeated.of(turn).filter(RepeatedTurn::flaky).map(r -> " <span class=\"pill warn\">"
        + Escaper.HTML.escape(repeated.mark(turn)) + "</span>").orElse("");
  }

  private static String rate(double r) {
    return String.format(Locale.ROOT, "%.2f", r);
  }
}
