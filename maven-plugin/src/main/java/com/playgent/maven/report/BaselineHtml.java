package com.playgent.maven.report;

import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.BaselineComparison.ScoreDelta;
import com.playgent.core.baseline.BaselineComparison.SuiteChange;
import com.playgent.core.baseline.BaselineComparison.TurnChange;
import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.Scores;
import com.playgent.maven.baseline.BaselineGates;
import java.util.List;

/** The comparison with the baseline in {@code index.html}: one card, every value escaped. */
public final class BaselineHtml {
  private BaselineHtml() {}

  public static void append(StringBuilder h, BaselineSection section) {
    if (section == null) {
      return;
    }
    BaselineComparison c = section.comparison();
    boolean regressed = !c.newFailures().isEmpty() || !c.scoreRegressions().isEmpty();
    h.append("<section class=\"card\" id=\"baseline\"><h2>Compared with the baseline <span class=\"pill ")
        .append(regressed ? "bad" : "good").append("\">")
        .append(c.newFailures().isEmpty() ? "no new failures" : ReportData.plural(c.newFailures().size(), "new failure"))
        .append("</span></h2><p class=\"muted small\">Baseline <code>").append(esc(section.file())).append("</code> of ")
        .append(esc(c.baseline().createdAt())).append(" · runs ").append(esc(String.join(", ", c.baseline().runIds())))
        .append("</p>\n<table class=\"gates\"><thead><tr><th></th><th class=\"num\">Baseline</th><th class=\"num\">Now")
        .append("</th><th class=\"num\">Change</th></tr></thead><tbody>\n");
    SuiteChange total = c.total();
    row(h, "Total cost", Scores.dollars(total.baseline().costUsd()), Scores.dollars(total.now().costUsd()),
        total.costChange());
    row(h, "p95 latency", Format.millis(total.baseline().p95LatencyMs()), Format.millis(total.now().p95LatencyMs()),
        total.latencyChange());
    h.append("</tbody></table>\n");
    turns(h, "New failures (passed in the baseline)", "ko", c.newFailures());
    turns(h, "Fixed (failed in the baseline)", "ok", c.fixed());
    turns(h, "Still failing (as in the baseline)", "", c.stillFailing());
    if (!c.scoreDeltas().isEmpty()) {
      h.append("<h3>Score deltas per test case</h3><table class=\"gates\"><thead><tr><th>Test case</th><th>Scorer</th>")
          .append("<th class=\"num\">Baseline</th><th class=\"num\">Now</th><th class=\"num\">Δ</th></tr></thead><tbody>\n");
      for (ScoreDelta d : c.scoreDeltas()) {
        h.append("<tr class=\"").append(d.regressed() ? "ko" : "ok").append("\"><td>").append(esc(d.caseKey()))
            .append("</td><td>").append(esc(d.scorer())).append("</td><td class=\"num\">")
            .append(Scores.format(d.baseline())).append("</td><td class=\"num\">").append(Scores.format(d.now()))
            .append("</td><td class=\"num\">").append(d.delta() >= 0 ? "+" : "").append(Scores.format(d.delta()))
            .append("</td></tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("</section>\n");
  }

  private static void row(StringBuilder h, String what, String before, String now, Double change) {
    h.append("<tr><td>").append(what).append("</td><td class=\"num\">").append(esc(before))
        .append("</td><td class=\"num\">").append(esc(now)).append("</td><td class=\"num\">")
        .append(change == null ? "n/a" : BaselineGates.signed(change)).append("</td></tr>\n");
  }

  private static void turns(StringBuilder h, String title, String cls, List<TurnChange> turns) {
    if (turns.isEmpty()) {
      return;
    }
    h.append("<h3>").append(esc(title)).append(" (").append(turns.size()).append(")</h3><ul>");
    for (TurnChange t : turns) {
      h.append("<li class=\"").append(cls).append("\"><a href=\"#case-").append(esc(HtmlReport.elementId(t.caseKey()))).append("\">")
          .append(esc(t.label())).append("</a>: passed ").append(t.baseline().passed()).append(" of ")
          .append(t.baseline().runs()).append(" in the baseline, now ").append(t.now().passed()).append(" of ")
          .append(t.now().runs()).append("</li>");
    }
    h.append("</ul>\n");
  }

  private static String esc(String s) {
    return Escaper.HTML.escape(s == null ? "" : s);
  }
}
