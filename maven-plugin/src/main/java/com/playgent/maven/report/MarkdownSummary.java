package com.playgent.maven.report;

import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.gate.GateResult;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.report.ReportData.FailedRun;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.SkippedUnit;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code summary.md}: GitHub-flavoured Markdown for {@code $GITHUB_STEP_SUMMARY} and PR comments.
 * Table cells are HTML-escaped with {@code |} and line breaks neutralised; failing turns, and known
 * failing turns apart from them, sit in collapsed {@code <details>} blocks with the same text the
 * JUnit extension prints.
 */
public final class MarkdownSummary {
  /** At most this many failing turns are listed; the rest are counted and left to index.html. */
  public static final int MAX_FAILING_TURNS = 25;
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private MarkdownSummary() {}

  public static String render(ReportData d, GateResults gates) {
    return render(d, gates, null);
  }

  /** @param baseline the comparison with the baseline, after the gates; may be null */
  public static String render(ReportData d, GateResults gates, BaselineSection baseline) {
    StringBuilder md = new StringBuilder(2048);
    md.append("## ").append(headline(d, gates)).append("\n\n");
    md.append("Read ").append(text(d.sessions().description())).append(".\n\n");
    if (d.isEmpty()) {
      if (d.sessions().ids().isEmpty()) {
        md.append("No Playgent session was found in `").append(code(String.valueOf(d.source())))
            .append("/sessions`: there is nothing to report. Run the tests with the Playgent JUnit extension, or the ")
            .append("`playgent:run` goal, before `playgent:report`.\n");
      } else if (!d.onlySkipped()) {
        md.append("The sessions hold no Playgent run: there is nothing to report.\n");
      }
      skippedUnits(md, d);
      return md.toString();
    }
    md.append("| Runs | Test cases | Turns passed | Turns failed | Known failing | Pass rate | Total cost |"
        + " Latency p50 / p95 / p99 |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    md.append("| ").append(d.runs()).append(d.failedRuns().isEmpty() ? "" : " (" + d.failedRuns().size() + " failed)")
        .append(" | ").append(d.testCases())
        .append(" | ").append(d.turnsPassed())
        .append(" | ").append(d.turnsFailed())
        .append(" | ").append(d.turnsKnownFailing())
        .append(" | ").append(Format.percent(d.passRate()))
        .append(" | ").append(Format.cost(d.cost().usd(), d.cost().known()))
        .append(" | ").append(latency(d)).append(" |\n\n");
    if (!d.cost().known()) {
      md.append("> ⚠️ Total cost is unknown: ").append(cell(d.cost().missingExplanation())).append(".\n\n");
    }
    if (gates != null) {
      md.append("### Quality gates: ").append(gates.passed() ? "passed" : gates.failed().size() + " of "
          + gates.results().size() + " failed").append("\n\n");
      md.append("| | Gate | Actual | Limit |\n|---|---|---:|---:|\n");
      for (GateResult g : gates.results()) {
        md.append("| ").append(g.passed() ? "✅" : "❌").append(" | ").append(cell(g.name())).append(" | ")
            .append(cell(g.actual())).append(" | ").append(cell(g.limit())).append(" |\n");
      }
      md.append('\n');
    }
    BaselineMarkdown.append(md, baseline);
    md.append("### Test cases\n\n");
    md.append("| | Test case | Runs | Turns | Passed | Failed | Known failing | Pass rate | Cost | p95 latency |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (TestCaseStats c : d.testCaseStats()) {
      md.append("| ").append(c.passed() ? "✅" : "❌").append(" | ").append(cell(c.label())).append(" | ").append(c.runs())
          .append(" | ").append(c.turns()).append(" | ").append(c.turnsPassed()).append(" | ").append(c.turnsFailed())
          .append(" | ").append(c.turnsKnownFailing())
          .append(" | ").append(Format.percent(c.passRate())).append(" | ")
          .append(Format.cost(c.costUsd(), c.costKnown())).append(" | ").append(Format.millis(c.p95LatencyMs()))
          .append(" |\n");
    }
    md.append('\n');
    if (!d.scorers().isEmpty()) {
      md.append("### Scorers\n\n| Scorer | Better | Scores | Mean | Min | Max | Thresholds |\n"
          + "|---|---|---:|---:|---:|---:|---|\n");
      for (ScorerStats s : d.scorers()) {
        md.append("| ").append(cell(s.name())).append(" | ")
            .append(s.direction() == ScorerThreshold.Direction.AT_MOST ? "lower" : "higher").append(" | ")
            .append(s.count()).append(" | ")
            .append(Format.score(s.mean())).append(" | ").append(Format.score(s.min())).append(" | ")
            .append(Format.score(s.max())).append(" | ")
            .append(s.thresholds().isEmpty() ? "" : cell(s.thresholds().stream().map(ScorerThreshold::rule)
                .distinct().collect(Collectors.joining(", "))))
            .append(" |\n");
      }
      md.append('\n');
    }
    RepeatsMarkdown.section(md, d.repeated());
    if (!d.failingTurns().isEmpty()) {
      md.append("### Failing turns (").append(d.failingTurns().size()).append(")\n\n");
      int shown = 0;
      for (FailingTurn f : d.failingTurns()) {
        if (shown++ == MAX_FAILING_TURNS) {
          md.append("… and ").append(d.failingTurns().size() - MAX_FAILING_TURNS)
              .append(" more failing turns: see `index.html`.\n\n");
          break;
        }
        String overRepeats = d.repeated().mark(f.report());
        turn(md, overRepeats == null ? "❌" : "❌ (" + overRepeats + ")", f);
      }
    }
    if (!d.knownFailingTurns().isEmpty()) {
      md.append("### Known failing turns (").append(d.knownFailingTurns().size()).append(")\n\n")
          .append("Listed in `knownFailingTurns` or failing in the baseline (`playgent.baseline`): JUnit reports them as")
          .append(" skipped, and they fail no build.\n\n");
      for (FailingTurn f : d.knownFailingTurns()) {
        turn(md, "⏭️ known failing:", f);
      }
    }
    if (!d.failedRuns().isEmpty()) {
      md.append("### Failed runs (").append(d.failedRuns().size()).append(")\n\n");
      for (FailedRun r : d.failedRuns()) {
        md.append("- `").append(code(r.name())).append("` ").append(cell(r.status())).append(": ")
            .append(cell(r.problem())).append('\n');
      }
      md.append('\n');
    }
    skippedUnits(md, d);
    return md.toString();
  }

  /** A collapsed turn: its name and headline, then the block the JUnit extension prints. */
  private static void turn(StringBuilder md, String mark, FailingTurn f) {
    TurnReport t = f.report();
    md.append("<details><summary>").append(mark).append(' ').append(text(Text.oneLine(t.displayName(), 160)))
        .append(" — ").append(text(Text.oneLine(t.headline(), 200))).append("</summary>\n\n");
    md.append(fenced(t.block())).append("\n</details>\n\n");
  }

  private static void skippedUnits(StringBuilder md, ReportData d) {
    if (d.skippedUnits().isEmpty()) {
      return;
    }
    md.append("### Skipped, not judged (").append(d.skippedUnits().size()).append(")\n\n");
    for (SkippedUnit u : d.skippedUnits()) {
      md.append("- `").append(code(u.label())).append("` ").append(cell(u.outcome())).append(": ")
          .append(cell(u.message())).append('\n');
    }
    md.append('\n');
  }

  /**
   * {@code ✅ Playgent: all 12 turns passed}, {@code ✅ Playgent: 10 of 11 turns passed, 1 known failing}
   * or {@code ❌ Playgent: 3 of 12 turns failed}: the mark follows the build's verdict, so known
   * failing turns (skipped in JUnit) do not make it red.
   */
  public static String headline(ReportData d, GateResults gates) {
    if (d.onlySkipped()) {
      return "⚠️ Playgent: nothing judged, " + ReportData.plural(d.skippedUnits().size(), "unit") + " skipped";
    }
    if (d.isEmpty()) {
      return "⚠️ Playgent: no recorded runs";
    }
    StringBuilder h = new StringBuilder();
    boolean ok = d.allPassed() && (gates == null || gates.passed());
    h.append(ok ? "✅" : "❌").append(" Playgent: ");
    if (d.turns() == 0) {
      h.append("no turns were judged");
    } else if (d.turnsFailed() == 0 && d.turnsKnownFailing() == 0) {
      h.append(d.turns() == 1 ? "1 turn passed" : "all " + d.turns() + " turns passed");
    } else if (d.turnsFailed() == 0) {
      h.append(d.turnsPassed()).append(" of ").append(ReportData.plural(d.turns(), "turn")).append(" passed");
    } else {
      h.append(d.turnsFailed()).append(" of ").append(ReportData.plural(d.turns(), "turn")).append(" failed");
    }
    if (d.turnsKnownFailing() > 0) {
      h.append(", ").append(d.turnsKnownFailing()).append(" known failing");
    }
    if (!d.failedRuns().isEmpty()) {
      h.append(", ").append(d.failedRuns().size()).append(d.failedRuns().size() == 1 ? " run" : " runs")
          .append(" did not complete");
    }
    if (gates != null) {
      h.append(gates.passed() ? "; quality gates passed" : "; quality gates failed (" + gates.failed().size()
          + " of " + gates.results().size() + ")");
    }
    return h.toString();
  }

  static String latency(ReportData d) {
    if (d.latency().count() == 0) {
      return "unknown";
    }
    return d.latency().p50() + " / " + d.latency().p95() + " / " + d.latency().p99() + " ms";
  }

  /** A table cell: one line, HTML-escaped, {@code |} escaped. */
  static String cell(String s) {
    return text(Text.oneLine(s, 300)).replace("|", "\\|");
  }

  /** Markdown text that cannot open an HTML tag or entity: {@link Escaper#MARKDOWN}. */
  static String text(String s) {
    return Escaper.MARKDOWN.escape(s);
  }

  /** Inline code: backticks removed (they would end the span). */
  static String code(String s) {
    return Text.oneLine(s, 300).replace("`", "'");
  }

  /** A fenced block whose fence is longer than any backtick run inside. */
  static String fenced(String text) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    String body = Text.printable(text);
    return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
  }
}
