package com.playgent.maven.report;

import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.BaselineComparison.ScoreDelta;
import com.playgent.core.baseline.BaselineComparison.SuiteChange;
import com.playgent.core.baseline.BaselineComparison.TurnChange;
import com.playgent.core.outcome.Scores;
import com.playgent.maven.baseline.BaselineGates;
import java.util.List;

/** The comparison with the baseline in {@code summary.md}: new failures, fixed turns, score deltas, cost and latency. */
public final class BaselineMarkdown {
  private BaselineMarkdown() {}

  public static void append(StringBuilder md, BaselineSection section) {
    if (section == null) {
      return;
    }
    BaselineComparison c = section.comparison();
    md.append("### Compared with the baseline\n\n");
    md.append("Baseline `").append(code(section.file())).append("` of ").append(cell(c.baseline().createdAt()))
        .append(" (").append(ReportData.plural(c.baseline().runIds().size(), "run")).append(": ")
        .append(cell(String.join(", ", c.baseline().runIds().stream().limit(10).toList())
            + (c.baseline().runIds().size() > 10 ? ", …" : ""))).append(").\n\n");
    md.append("| New failures | Fixed | Still failing | Not in the baseline | Cost | p95 latency |\n");
    md.append("|---:|---:|---:|---:|---:|---:|\n");
    SuiteChange total = c.total();
    md.append("| ").append(c.newFailures().size()).append(c.newFailures().isEmpty() ? "" : " ❌").append(" | ")
        .append(c.fixed().size()).append(" | ").append(c.stillFailing().size()).append(" | ")
        .append(c.notInBaseline().size()).append(" | ")
        .append(Scores.dollars(total.baseline().costUsd())).append(" → ").append(Scores.dollars(total.now().costUsd()))
        .append(change(total.costChange())).append(" | ")
        .append(Format.millis(total.baseline().p95LatencyMs())).append(" → ")
        .append(Format.millis(total.now().p95LatencyMs())).append(change(total.latencyChange())).append(" |\n\n");
    turns(md, "❌ New failures (passed in the baseline)", c.newFailures());
    turns(md, "✅ Fixed (failed in the baseline)", c.fixed());
    turns(md, "⏭️ Still failing (as in the baseline)", c.stillFailing());
    if (!c.scoreDeltas().isEmpty()) {
      md.append("| | Test case | Scorer | Baseline | Now | Δ |\n|---|---|---|---:|---:|---:|\n");
      for (ScoreDelta d : c.scoreDeltas()) {
        md.append("| ").append(d.regressed() ? "❌" : "✅").append(" | ").append(cell(d.caseKey())).append(" | ")
            .append(cell(d.scorer())).append(" | ").append(Scores.format(d.baseline())).append(" | ")
            .append(Scores.format(d.now())).append(" | ").append(d.delta() >= 0 ? "+" : "")
            .append(Scores.format(d.delta())).append(" |\n");
      }
      md.append('\n');
    }
  }

  private static void turns(StringBuilder md, String title, List<TurnChange> turns) {
    if (turns.isEmpty()) {
      return;
    }
    md.append("**").append(title).append("**: ");
    String sep = "";
    for (TurnChange t : turns) {
      md.append(sep).append(cell(t.label())).append(" (").append(t.baseline().passed()).append('/')
          .append(t.baseline().runs()).append(" → ").append(t.now().passed()).append('/').append(t.now().runs())
          .append(')');
      sep = "; ";
    }
    md.append("\n\n");
  }

  private static String change(Double fraction) {
    return fraction == null ? "" : " (" + BaselineGates.signed(fraction) + ")";
  }

  private static String cell(String s) {
    return MarkdownSummary.cell(s == null ? "" : s);
  }

  private static String code(String s) {
    return MarkdownSummary.code(s);
  }
}
