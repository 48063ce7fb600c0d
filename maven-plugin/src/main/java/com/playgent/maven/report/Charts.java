package com.playgent.maven.report;

import com.playgent.core.outcome.Escaper;
import com.playgent.core.outcome.Scores;
import com.playgent.core.outcome.Text;
import com.playgent.maven.report.ReportData.ScorerStats;
import com.playgent.maven.report.ReportData.TestCaseStats;
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

  /** Horizontal bars: pass rate per test case, worst first, with the per-test-case gate as a dashed line. */
  static String passRatePerTestCase(List<TestCaseStats> cases, Double gate) {
    int rows = Math.min(cases.size(), MAX_ROWS);
    int labelW = 210;
    int barW = 250;
    int rowH = 26;
    int width = labelW + barW + 110;
    int height = rows * rowH + 28;
    StringBuilder s = open("pass-rate", width, height, "Pass rate per test case");
    for (int i = 0; i < rows; i++) {
      TestCaseStats c = cases.get(i);
      int y = 8 + i * rowH;
      double rate = c.passRate() == null ? 0 : c.passRate();
      String color = c.passRate() == null ? MUTED : rate >= 1 ? GREEN : (gate != null ? rate >= gate : rate >= 0.5)
          ? AMBER : RED;
      s.append("<g><title>").append(Escaper.HTML.escape(c.label() + ": " + c.turnsPassed() + " of " + c.turns()
          + " turns passed")).append("</title>");
      label(s, labelW - 8, y + 14, "end", Text.oneLine(shortName(c), 30), INK);
      s.append(rect(labelW, y + 3, barW, 16, GREY, 3));
      s.append(rect(labelW, y + 3, Math.max(rate > 0 ? 2 : 0, rate * barW), 16, color, 3));
      label(s, labelW + barW + 8, y + 14, "start", Format.percent(c.passRate()) + "  " + c.turnsPassed() + "/"
          + c.turns(), INK);
      s.append("</g>");
    }
    if (gate != null) {
      double x = labelW + gate * barW;
      s.append(line(x, 4, x, rows * rowH + 8, RED, true));
      label(s, x, rows * rowH + 22, "middle", "gate " + Format.percent(gate), RED);
    }
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
          : "unknown, known part " + Scores.dollars(c.costUsd())))).append("</title>");
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

  /** Vertical bars for p50, p95, p99 and max latency, with the p95 gate as a dashed line. */
  static String latency(ReportData.Latency l, Long gate) {
    int width = 500;
    int height = 220;
    int top = 24;
    int bottom = 190;
    long[] values = {nz(l.p50()), nz(l.p95()), nz(l.p99()), nz(l.max())};
    String[] names = {"p50", "p95", "p99", "max"};
    double max = Math.max(1, Math.max(values[3], gate == null ? 0 : gate));
    max = niceCeiling(max / 4) * 4;
    StringBuilder s = open("latency", width, height, "Latency percentiles");
    for (int t = 0; t <= 4; t++) {
      double v = max * t / 4;
      double y = bottom - (bottom - top) * t / 4.0;
      s.append(line(56, y, 392, y, GREY, false));
      label(s, 50, y + 4, "end", ms(v), MUTED);
    }
    for (int i = 0; i < 4; i++) {
      double h = (bottom - top) * values[i] / max;
      double x = 76 + i * 86;
      String color = gate != null && i == 1 && values[i] > gate ? RED : i == 1 ? "#4f6bed" : "#9aa8f5";
      s.append("<g><title>").append(names[i]).append(' ').append(values[i]).append(" ms</title>");
      s.append(rect(x, bottom - h, 52, h, color, 3));
      label(s, x + 26, bottom - h - 6, "middle", values[i] + " ms", INK);
      label(s, x + 26, bottom + 18, "middle", names[i], INK);
      s.append("</g>");
    }
    if (gate != null) {
      double y = bottom - (bottom - top) * gate / max;
      s.append(line(56, y, 392, y, RED, true));
      label(s, 398, y + 4, "start", "gate " + gate + " ms", RED);
    }
    return s.append("</svg>").toString();
  }

  /** A ten-bin histogram of one scorer's scores, with the mean and the configured limits marked. */
  static String scorerHistogram(ScorerStats st, Double gateMin, Double gateMean) {
    int width = 262;
    int height = 170;
    int left = 30;
    int right = width - 12;
    int top = 30;
    int bottom = 132;
    int maxCount = Math.max(1, st.histogram().stream().mapToInt(Integer::intValue).max().orElse(1));
    double binW = (right - left) / 10.0;
    StringBuilder s = open("scores", width, height, "Scores of " + st.name());
    label(s, left, 16, "start", Text.oneLine(st.name(), 20), INK, "600");
    label(s, right, 16, "end", "mean " + Format.score(st.mean()) + " · n=" + st.count(), MUTED);
    s.append(line(left, bottom, right, bottom, "#c5c9d0", false));
    for (int i = 0; i < 10; i++) {
      int n = st.histogram().get(i);
      double h = (bottom - top) * (double) n / maxCount;
      String color = i < 5 ? RED : i < 8 ? AMBER : GREEN;
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
    s.append(line(mx, top - 6, mx, bottom, INK, false));
    if (gateMean != null) {
      double gx = left + gateMean * (right - left);
      s.append(line(gx, top - 6, gx, bottom, RED, true));
      label(s, gx, bottom + 32, "middle", "min mean " + Format.score(gateMean), RED);
    }
    if (gateMin != null) {
      double gx = left + gateMin * (right - left);
      s.append(line(gx, top - 6, gx, bottom, AMBER, true));
      label(s, gx, bottom + (gateMean != null && Math.abs(gateMean - gateMin) < 0.25 ? 46 : 32), "middle",
          "min " + Format.score(gateMin), AMBER);
    }
    return s.append("</svg>").toString();
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

  private static long nz(Long v) {
    return v == null ? 0 : v;
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
