package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.Baseline.CaseStats;
import com.playgent.core.baseline.Baseline.SuiteStats;
import com.playgent.core.baseline.Baseline.TurnStats;
import com.playgent.core.baseline.BaselineComparison;
import com.playgent.core.baseline.Tolerances;
import com.playgent.maven.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison with a baseline in the three reports: every value, escaped where it is shown. */
class BaselineSectionTest {
  static final String HOSTILE = "<script>alert('x')</script> | `x`";

  @TempDir
  Path dir;

  private static Baseline baseline(String createdAt, boolean passing, double score, double cost, long p95) {
    TreeMap<String, Double> means = new TreeMap<>();
    means.put("faithfulness", score);
    return new Baseline(Baseline.SCHEMA, createdAt, List.of("s1"), List.of("run_1"),
        new SuiteStats("total", 1, 1, cost, p95), List.of(new SuiteStats("com.example.ATest", 1, 1, cost, p95)),
        List.of(new CaseStats("tc_x", HOSTILE, 1, List.of(new TurnStats(2, 1, passing ? 1 : 0, means)))));
  }

  private BaselineSection section() {
    BaselineComparison c = BaselineComparison.of(baseline("2026-01-01T00:00:00Z", true, 0.9, 0.01, 1000),
        baseline(null, false, 0.3, 0.015, 1100), Tolerances.defaults());
    return new BaselineSection("src/test/playgent/baseline.json", c);
  }

  @Test
  void summary_json_has_a_baseline_section_and_null_without_one() throws Exception {
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://api.playgent.com/v1");
    JsonNode j = new ObjectMapper().readTree(JsonSummary.render(d, null, Instant.EPOCH, section()));
    JsonNode b = j.get("baseline");
    assertThat(b.get("file").asText()).isEqualTo("src/test/playgent/baseline.json");
    assertThat(b.get("created_at").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(b.get("run_ids").get(0).asText()).isEqualTo("run_1");
    assertThat(b.get("regressed").asBoolean()).isTrue();
    assertThat(b.get("new_failures").get(0).get("test_case_id").asText()).isEqualTo("tc_x");
    assertThat(b.get("new_failures").get(0).get("turn").asInt()).isEqualTo(2);
    assertThat(b.get("new_failures").get(0).get("baseline").get("pass_rate").asDouble()).isEqualTo(1.0);
    assertThat(b.get("new_failures").get(0).get("now").get("scorer_means").get("faithfulness").asDouble())
        .isEqualTo(0.3);
    assertThat(b.get("score_deltas").get(0).get("delta").asDouble()).isEqualTo(-0.6);
    assertThat(b.get("total").get("cost_usd").get("change").asDouble()).isEqualTo(0.5);
    assertThat(b.get("total").get("p95_latency_ms").get("change").asDouble()).isEqualTo(0.1);
    assertThat(b.get("suites").get(0).get("name").asText()).isEqualTo("com.example.ATest");

    JsonNode without = new ObjectMapper().readTree(JsonSummary.render(d, null, Instant.EPOCH));
    assertThat(without.has("baseline")).isTrue();
    assertThat(without.get("baseline").isNull()).isTrue();
  }

  @Test
  void markdown_and_html_show_the_comparison_with_every_name_escaped() {
    ReportData d = Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://api.playgent.com/v1");
    String md = MarkdownSummary.render(d, null, section());
    assertThat(md).contains("### Compared with the baseline", "| 1 ❌ | 0 | 0 | 0 | $0.0100 → $0.0150 (+50.0%) | "
        + "1000 ms → 1100 ms (+10.0%) |", "| ❌ | tc_x | faithfulness | 0.90 | 0.30 | -0.60 |");
    String section = md.substring(md.indexOf("### Compared with the baseline"), md.indexOf("### Test cases"));
    assertThat(section).doesNotContain("<script>").contains("&lt;script>").contains("\\|");
    String html = HtmlReport.render(d, null, null, Instant.EPOCH, section());
    assertThat(html).contains("id=\"baseline\"", "1 new failure", "+50.0%", "href=\"#case-tc_x\"");
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }
}
