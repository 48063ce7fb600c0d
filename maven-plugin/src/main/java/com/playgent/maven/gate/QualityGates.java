package com.playgent.maven.gate;

import com.playgent.core.outcome.Scores;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.TestCaseStats;
import com.playgent.maven.gate.GateSpec.ScorerGate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Judges a report's numbers against the configured limits. Unknown is never taken as zero. */
public final class QualityGates {
  private QualityGates() {}

  public static GateResults evaluate(ReportData data, GateSpec spec) {
    List<GateResult> out = new ArrayList<>();
    if (spec.minPassRate() != null) {
      out.add(rate("pass rate", data.passRate(), spec.minPassRate(), "no turns were judged"));
    }
    if (spec.minPassRatePerTestCase() != null) {
      if (data.testCaseStats().isEmpty()) {
        out.add(unknown("pass rate per test case", ">= " + percent(spec.minPassRatePerTestCase()),
            "no test cases were recorded"));
      }
      for (TestCaseStats c : data.testCaseStats()) {
        out.add(rate("pass rate of " + c.label(), c.passRate(), spec.minPassRatePerTestCase(), "no turns were judged"));
      }
    }
    for (ScorerGate g : spec.scorers()) {
      ScorerStats s = data.scorers().stream().filter(x -> x.name().equals(g.name())).findFirst().orElse(null);
      String why = "no turn has a " + g.name() + " score (scorers seen: "
          + (data.scorers().isEmpty() ? "none" : data.scorers().stream().map(ScorerStats::name)
              .collect(Collectors.joining(", "))) + ")";
      if (g.min() != null) {
        out.add(s == null ? unknown(g.name() + " min", ">= " + Scores.format(g.min()), why)
            : compare(g.name() + " min", s.min(), g.min(), true));
      }
      if (g.minMean() != null) {
        out.add(s == null ? unknown(g.name() + " mean", ">= " + Scores.format(g.minMean()), why)
            : compare(g.name() + " mean", s.mean(), g.minMean(), true));
      }
      if (g.max() != null) {
        out.add(s == null ? unknown(g.name() + " max", "<= " + Scores.format(g.max()), why)
            : compare(g.name() + " max", s.max(), g.max(), false));
      }
      if (g.maxMean() != null) {
        out.add(s == null ? unknown(g.name() + " mean", "<= " + Scores.format(g.maxMean()), why)
            : compare(g.name() + " mean", s.mean(), g.maxMean(), false));
      }
    }
    if (spec.maxP95LatencyMs() != null) {
      Long p95 = data.latency().p95();
      String limit = "<= " + spec.maxP95LatencyMs() + " ms";
      if (p95 == null) {
        out.add(unknown("p95 latency", limit, "no turn reported metrics.latency_ms"));
      } else {
        boolean ok = p95 <= spec.maxP95LatencyMs();
        out.add(new GateResult("p95 latency", p95 + " ms", limit, ok,
            "p95 latency " + p95 + " ms " + (ok ? "<=" : ">") + " " + spec.maxP95LatencyMs() + " ms"));
      }
    }
    if (spec.maxTotalCostUsd() != null) {
      String limit = "<= " + Scores.dollars(spec.maxTotalCostUsd());
      ReportData.Cost cost = data.cost();
      if (data.runs() == 0) {
        out.add(unknown("total cost", limit, "no runs were recorded"));
      } else if (!cost.known()) {
        out.add(new GateResult("total cost", "unknown", limit, false, "total cost unknown, limit "
            + Scores.dollars(spec.maxTotalCostUsd()) + ": " + cost.missingExplanation() + "; the known part is "
            + Scores.dollars(cost.usd()) + ", and a cost budget needs every cost"));
      } else {
        boolean ok = cost.usd() <= spec.maxTotalCostUsd();
        String[] shown = dollars(cost.usd(), spec.maxTotalCostUsd());
        out.add(new GateResult("total cost", shown[0], "<= " + shown[1], ok,
            "total cost " + shown[0] + " " + (ok ? "<=" : ">") + " " + shown[1]));
      }
    }
    if (spec.maxFailedRuns() != null) {
      int failed = data.failedRuns().size();
      boolean ok = failed <= spec.maxFailedRuns();
      String which = failed == 0 ? "" : " (" + data.failedRuns().stream()
          .map(r -> r.name() + " " + r.status()).limit(5).collect(Collectors.joining(", "))
          + (failed > 5 ? ", …" : "") + ")";
      out.add(new GateResult("failed runs", String.valueOf(failed), "<= " + spec.maxFailedRuns(), ok,
          "failed runs " + failed + " " + (ok ? "<=" : ">") + " " + spec.maxFailedRuns() + which));
    }
    return new GateResults(out);
  }

  private static GateResult rate(String name, Double actual, double min, String whyUnknown) {
    String limit = ">= " + percent(min);
    if (actual == null) {
      return unknown(name, limit, whyUnknown);
    }
    boolean ok = actual >= min;
    String[] shown = percents(actual, min);
    return new GateResult(name, shown[0], limit, ok, name + " " + shown[0] + " " + (ok ? ">=" : "<") + " " + shown[1]);
  }

  /** A score against a minimum ({@code atLeast}) or a maximum, with more digits when two would make them look equal. */
  private static GateResult compare(String name, double actual, double limit, boolean atLeast) {
    boolean ok = atLeast ? actual >= limit : actual <= limit;
    String a = Scores.format(actual);
    String l = Scores.format(limit);
    if (!ok && a.equals(l)) {
      a = String.format(Locale.ROOT, "%.4f", actual);
      l = String.format(Locale.ROOT, "%.4f", limit);
    }
    String rule = atLeast ? ">=" : "<=";
    String broken = atLeast ? "<" : ">";
    return new GateResult(name, a, rule + " " + l, ok, name + " " + a + " " + (ok ? rule : broken) + " " + l);
  }

  private static GateResult unknown(String name, String limit, String why) {
    return new GateResult(name, "unknown", limit, false, name + " unknown (limit " + limit + "): " + why);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** Both in dollars, with more digits when the usual format would make them look equal. */
  static String[] dollars(double actual, double limit) {
    String a = Scores.dollars(actual);
    String l = Scores.dollars(limit);
    for (int digits = 4; a.equals(l) && actual != limit && digits <= 8; digits += 2) {
      a = String.format(Locale.ROOT, "$%." + digits + "f", actual);
      l = String.format(Locale.ROOT, "$%." + digits + "f", limit);
    }
    return new String[] {a, l};
  }

  /** Both as percentages, with more digits when one decimal would make them look equal. */
  static String[] percents(double actual, double limit) {
    for (int digits = 1; digits <= 4; digits++) {
      String a = String.format(Locale.ROOT, "%." + digits + "f%%", actual * 100);
      String l = String.format(Locale.ROOT, "%." + digits + "f%%", limit * 100);
      if (!a.equals(l) || actual == limit) {
        return new String[] {a, l};
      }
    }
    return new String[] {String.format(Locale.ROOT, "%.4f%%", actual * 100), String.format(Locale.ROOT, "%.4f%%", limit * 100)};
  }
}
