package com.playgent.maven.report;

import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Scores;
import com.playgent.core.outcome.Text;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.TestCaseStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts: no script, no library, readable with CSS off and printable. */
final class Charts {
  static final String GREEN = "#1f9d55";
  static final String AMBER = "#d98b0b";
  static final String RED = "#d64545";
  static final String GREY = "#e6e8eb";
  static final String INK = "#1d2330";
  static final String MUTED = "#6b7280";
  /** Rows shown in the per-test-case charts; the table lists every test case. */
  static final int MAX_ROWS = 25;

  private Charts() {}

  /**
   * Horizontal bars: pass rate per test case, failing ones first, with the per-test-case gate as a
   * dashed line and a legend of both.
   */
  static String passRatePerTestCase(List<TestCaseStats> cases, Double gate) {
    int rows = Math.min(cases.size(), MAX_ROWS);
    int labelW = 210;
    int barW = 250;
    int rowH = 26;
    int width = labelW + barW + 150;
    int height = rows * rowH + 34;
    StringBuilder s = open("pass-rate", width, height, "Pass rate per test case");
    for (int i = 0; i < rows; i++) {
      TestCaseStats c = cases.get(i);
      int y = 8 + i * rowH;
      double rate = c.passRate() == null ? 0 : c.passRate();
      String color = c.passRate() == null ? MUTED : c.passed() ? GREEN : (gate != null ? rate >= gate : rate >= 0.5)
          ? AMBER : RED;
      String known = c.turnsKnownFailing() == 0 ? "" : ", " + c.turnsKnownFailing() + " known failing";
      s.append("<g><title>").append(Escaper.HTML.escape(c.label() + ": " + c.turnsPassed() + " of "
          + ReportData.plural(c.turns(), "turn") + " passed" + known)).append("</title>");
      label(s, labelW - 8, y + 14, "end", Text.oneLine(shortName(c), 30), INK);
      s.append(rect(labelW, y + 3, barW, 16, GREY, 3));
      s.append(rect(labelW, y + 3, Math.max(rate > 0 ? 2 : 0, rate * barW), 16, color, 3));
      label(s, labelW + barW + 8, y + 14, "start", Format.percent(c.passRate()) + "  " + c.turnsPassed() + "/"
          + c.turns() + (c.turnsKnownFailing() == 0 ? "" : " (" + c.turnsKnownFailing() + " known)"), INK);
      s.append("</g>");
    }
    if (gate != null) {
      double x = labelW + gate * barW;
      s.append(line(x, 4, x, rows * rowH + 8, RED, true));
    }
    Legend legend = new Legend(8, rows * rowH + 26, 0, width - 8);
    legend.box(GREEN, "passed (known failing turns aside)").box(AMBER, "turns failed")
        .box(RED, gate == null ? "half or more failed" : "below the gate");
    if (gate != null) {
      legend.dashed(RED, "gate " + Format.percent(gate));
    }
    s.append(legend);
    return s.append("</svg>").toString();
  }

  /** Horizontal bars: cost per test case; an unknown cost is drawn hatched with its known part. */
  static String costPerTestCase(List<TestCaseStats> cases) {
    int rows = Math.min(cases.size(), MAX_ROWS);
    int labelW = 210;
    int barW = 250;
    int rowH = 26;
    int width = labelW + barW + 110;
    int height = rows * rowH + 12;
    double max = cases.stream().limit(rows).mapToDouble(TestCaseStats::costUsd).max().orElse(0);
    StringBuilder s = open("cost", width, height, "Cost per test case");
    s.append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3f4f6\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9ca3af\" stroke-width=\"2\"/></pattern></defs>");
    for (int i = 0; i < rows; i++) {
      TestCaseStats c = cases.get(i);
      int y = 8 + i * rowH;
      double w = max <= 0 ? 0 : c.costUsd() / max * barW;
      s.append("<g><title>").append(Escaper.HTML.escape(c.label() + ": " + (c.costKnown() ? Scores.dollars(c.costUsd())
          : c.costUsd() > 0 ? "unknown, known part " + Scores.dollars(c.costUsd()) : "unknown"))).append("</title>");
      label(s, labelW - 8, y + 14, "end", Text.oneLine(shortName(c), 30), INK);
      if (c.costKnown()) {
        s.append(rect(labelW, y + 3, Math.max(c.costUsd() > 0 ? 2 : 0, w), 16, "#4f6bed", 3));
      } else {
        s.append(rect(labelW, y + 3, barW, 16, "url(#hatch)", 3));
      }
      label(s, labelW + (c.costKnown() ? w : barW) + 8, y + 14, "start",
          c.costKnown() ? Scores.dollars(c.costUsd()) : "unknown", c.costKnown() ? INK : RED);
      s.append("</g>");
    }
    return s.append("</svg>").toString();
  }

  /**
   * The distribution of per-turn latency: how many turns fell in each of about ten equal bins,
   * with p50 and p95 marked and the p95 gate as a dashed line, each named in the legend.
   */
  static String latency(ReportData.Latency l, Long gate) {
    int width = 500;
    int height = 236;
    int left = 44;
    int right = 480;
    int top = 14;
    int bottom = 170;
    long maxValue = Math.max(1, Math.max(l.max() == null ? 1 : l.max(), gate == null ? 0 : gate));
    int bins = 10;
    double binWidth = niceCeiling(maxValue / (double) bins);
    double axisMax = binWidth * bins;
    int[] counts = new int[bins];
    for (long v : l.values()) {
      counts[(int) Math.min(bins - 1, Math.floor(v / binWidth))]++;
    }
    int maxCount = Math.max(1, java.util.Arrays.stream(counts).max().orElse(1));
    StringBuilder s = open("latency", width, height, "Latency distribution: turns per latency range");
    double w = (right - left) / (double) bins;
    for (int t = 0; t <= 2; t++) {
      double y = bottom - (bottom - top) * t / 2.0;
      s.append(line(left, y, right, y, GREY, false));
      label(s, left - 6, y + 4, "end", String.valueOf(Math.round(maxCount * t / 2.0)), MUTED);
    }
    for (int i = 0; i < bins; i++) {
      double h = (bottom - top) * (double) counts[i] / maxCount;
      s.append("<g><title>").append(ms(i * binWidth)).append("–").append(ms((i + 1) * binWidth)).append(": ")
          .append(ReportData.plural(counts[i], "turn")).append("</title>");
      s.append(rect(left + i * w + 1.5, bottom - h, w - 3, h, "#9aa8f5", 2));
      if (counts[i] > 0) {
        label(s, left + i * w + w / 2, bottom - h - 4, "middle", String.valueOf(counts[i]), MUTED);
      }
      s.append("</g>");
    }
    for (int i = 0; i <= bins; i += 2) {
      label(s, left + i * w, bottom + 16, "middle", ms(i * binWidth), MUTED);
    }
    Legend legend = new Legend(left, bottom + 40, 0, right);
    legend.box("#9aa8f5", "turns");
    if (l.p50() != null) {
      double x = left + (right - left) * l.p50() / axisMax;
      s.append(line(x, top, x, bottom, INK, false));
      legend.solid(INK, "p50 " + l.p50() + " ms");
    }
    if (l.p95() != null) {
      double x = left + (right - left) * l.p95() / axisMax;
      s.append(line(x, top, x, bottom, "#4f6bed", true));
      legend.dashed("#4f6bed", "p95 " + l.p95() + " ms");
    }
    if (gate != null) {
      double x = left + (right - left) * gate / axisMax;
      s.append(line(x, top, x, bottom, RED, true));
      legend.dashed(RED, "gate p95 <= " + gate + " ms");
    }
    s.append(legend);
    return s.append("</svg>").toString();
  }

  /**
   * A ten-bin histogram of one scorer's scores: the name on its own line, then mean, count and which
   * way is better; bars coloured by that direction; the mean, the client-side thresholds and the
   * gates drawn as lines and named in a legend below the axis.
   */
  static String scorerHistogram(ScorerStats st, GateSpec.ScorerGate gate) {
    boolean lowerBetter = st.direction() == ScorerThreshold.Direction.AT_MOST;
    List<String[]> limits = new ArrayList<>(); // color, dashed?, label, value
    for (ScorerThreshold t : st.thresholds()) {
      limits.add(new String[] {RED, "threshold " + t.rule(), String.valueOf(t.limit())});
    }
    if (gate != null) {
      addGate(limits, gate.min(), "gate min >= ");
      addGate(limits, gate.minMean(), "gate mean >= ");
      addGate(limits, gate.max(), "gate max <= ");
      addGate(limits, gate.maxMean(), "gate mean <= ");
    }
    int width = 262;
    int left = 30;
    int right = width - 12;
    int top = 46;
    int bottom = 138;
    int legendRows = 1 + limits.size();
    int height = bottom + 28 + legendRows * 16;
    int maxCount = Math.max(1, st.histogram().stream().mapToInt(Integer::intValue).max().orElse(1));
    double binW = (right - left) / 10.0;
    StringBuilder s = open("scores", width, height, "Scores of " + st.name());
    label(s, left, 16, "start", Text.oneLine(st.name(), 34), INK, "600");
    label(s, left, 33, "start", "mean " + Format.score(st.mean()) + " · n=" + st.count() + " · "
        + (lowerBetter ? "lower is better" : "higher is better"), MUTED);
    s.append(line(left, bottom, right, bottom, "#c5c9d0", false));
    for (int i = 0; i < 10; i++) {
      int n = st.histogram().get(i);
      double h = (bottom - top) * (double) n / maxCount;
      int goodness = lowerBetter ? 9 - i : i;
      String color = goodness < 5 ? RED : goodness < 8 ? AMBER : GREEN;
      s.append("<g><title>").append(String.format(Locale.ROOT, "%.1f–%.1f: %d", i / 10.0, (i + 1) / 10.0, n))
          .append("</title>");
      s.append(rect(left + i * binW + 1.5, bottom - h, binW - 3, h, color, 2));
      if (n > 0) {
        label(s, left + i * binW + binW / 2, bottom - h - 4, "middle", String.valueOf(n), MUTED);
      }
      s.append("</g>");
    }
    for (int t = 0; t <= 10; t += 5) {
      label(s, left + t * binW, bottom + 16, "middle", t == 10 ? "1" : t == 0 ? "0" : "0.5", MUTED);
    }
    double mx = left + st.mean() * (right - left);
    s.append(line(mx, top - 4, mx, bottom, INK, false));
    Legend legend = new Legend(left, bottom + 36, 1, 0);
    legend.solid(INK, "mean " + Format.score(st.mean()));
    for (String[] limit : limits) {
      double gx = left + Double.parseDouble(limit[2]) * (right - left);
      s.append(line(gx, top - 4, gx, bottom, limit[0], true));
      legend.dashed(limit[0], limit[1]);
    }
    s.append(legend);
    return s.append("</svg>").toString();
  }

  private static void addGate(List<String[]> limits, Double value, String text) {
    if (value != null) {
      limits.add(new String[] {AMBER, text + Format.score(value), String.valueOf(value)});
    }
  }

  /**
   * Legend entries below a chart, a small swatch or line sample then its words: a given number per
   * row, or flowing left to right and wrapping before {@code maxX}.
   */
  private static final class Legend {
    private static final double CHAR_WIDTH = 6.4;
    private final StringBuilder svg = new StringBuilder();
    private final double x0;
    private final int perRow;
    private final double maxX;
    private double x;
    private double y;
    private int inRow;

    /**
     * @param perRow entries per row, or 0 to flow and wrap
     * @param maxX where a flowing row wraps
     */
    Legend(double x, double y, int perRow, double maxX) {
      this.x0 = x;
      this.x = x;
      this.y = y;
      this.perRow = perRow;
      this.maxX = maxX;
    }

    Legend box(String color, String text) {
      return entry(text, (ex, ey) -> rect(ex, ey - 9, 12, 10, color, 2));
    }

    Legend solid(String color, String text) {
      return entry(text, (ex, ey) -> line(ex, ey - 4, ex + 14, ey - 4, color, false));
    }

    Legend dashed(String color, String text) {
      return entry(text, (ex, ey) -> line(ex, ey - 4, ex + 14, ey - 4, color, true));
    }

    private Legend entry(String text, java.util.function.BiFunction<Double, Double, String> sample) {
      double w = 18 + text.length() * CHAR_WIDTH;
      boolean wrap = perRow > 0 ? inRow == perRow : inRow > 0 && x + w > maxX;
      if (wrap) {
        x = x0;
        y += 16;
        inRow = 0;
      }
      svg.append("<g class=\"legend\">").append(sample.apply(x, y));
      StringBuilder t = new StringBuilder();
      label(t, x + 18, y, "start", text, MUTED);
      svg.append(t).append("</g>");
      x += w + 14;
      inRow++;
      return this;
    }

    @Override
    public String toString() {
      return svg.toString();
    }
  }

  /** The test case name, else its id: the full label is in the tooltip and the table. */
  private static String shortName(TestCaseStats c) {
    return c.name() != null && !c.name().isBlank() ? c.name() : c.label();
  }

  private static StringBuilder open(String kind, int width, int height, String title) {
    return new StringBuilder(2048).append("<svg class=\"chart\" data-chart=\"").append(kind)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" aria-label=\"").append(Escaper.HTML.escape(title)).append("\"><title>")
        .append(Escaper.HTML.escape(title))
        .append("</title>");
  }

  private static String rect(double x, double y, double w, double h, String fill, double r) {
    return String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"%.0f\" "
        + "fill=\"%s\"/>", x, y, Math.max(0, w), Math.max(0, h), r, fill);
  }

  private static String line(double x1, double y1, double x2, double y2, String stroke, boolean dashed) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
        + "stroke-width=\"%s\"%s/>", x1, y1, x2, y2, stroke, dashed ? "1.5" : "1",
        dashed ? " stroke-dasharray=\"4 3\"" : "");
  }

  private static void label(StringBuilder s, double x, double y, String anchor, String text, String fill) {
    label(s, x, y, anchor, text, fill, null);
  }

  private static void label(StringBuilder s, double x, double y, String anchor, String text, String fill,
      String weight) {
    s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s>", x, y, anchor,
        fill, weight == null ? "" : " font-weight=\"" + weight + "\"")).append(Escaper.HTML.escape(text))
        .append("</text>");
  }

  private static String ms(double v) {
    return v >= 10_000 || (v >= 1000 && v % 1000 == 0) ? String.format(Locale.ROOT, "%.0f s", v / 1000) : v >= 1000
        ? String.format(Locale.ROOT, "%.1f s", v / 1000) : String.format(Locale.ROOT, "%.0f", v);
  }

  /** 1, 2, 2.5, 5 or 10 times a power of ten, at least {@code v}. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
