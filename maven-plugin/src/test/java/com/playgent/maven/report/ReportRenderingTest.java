package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.Fixtures;
import com.playgent.maven.Permissions;
import com.playgent.maven.gate.GateResults;
import com.playgent.maven.gate.GateSpec;
import com.playgent.maven.gate.QualityGates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderingTest {
  static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
  static final GateSpec SPEC = new GateSpec(0.95, 0.5,
      List.of(new GateSpec.ScorerGate("faithfulness", 0.5, 0.85)), 3000L, 2.0, 0);

  @TempDir
  Path dir;

  private ReportData mixed() {
    return Analysis.of(Fixtures.runs(Fixtures.all(dir)), "https://api.playgent.com/v1");
  }

  @Test
  void html_should_be_self_contained_with_charts_and_escaped_text() {
    ReportData d = mixed();
    String html = HtmlReport.render(d, SPEC, QualityGates.evaluate(d, SPEC), NOW);
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html).contains("data-rendered=\"pending\"", "Content-Security-Policy", "default-src 'none'");
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(5); // pass rate, latency, 2 scorers, cost
    assertThat(html).contains("var expected = 5;");
    // No resource is loaded from anywhere: no src= and no stylesheet links, and every href is local or http(s).
    assertThat(html).doesNotContain(" src=", "<link", "@import", "url(http");
    // Hostile output is escaped, never live markup.
    assertThat(html).doesNotContain("<script>alert");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; ]]&gt; 🎉 bell:\\u0001 end");
    assertThat(html).contains("Hostile &lt;Output&gt; &amp; &quot;Quotes&quot;");
    // Failing turns with expected behaviour, reasoning and trace links.
    assertThat(html).contains("Agent should explain the 30-day refund window and decline politely",
        "Cited a 90-day policy that does not exist",
        "href=\"https://api.playgent.com/v1/traces/trace_a1_1\"",
        "href=\"https://api.playgent.com/v1/runs/run_a1#turn-2\"");
    assertThat(html).contains("66.7%", "Quality gates", "pass rate 66.7% &lt; 95.0%", "Total cost unknown");
    // Exactly one script element: ours.
    assertThat(count(html, "<script")).isEqualTo(1);
  }

  @Test
  void html_should_open_each_test_case_to_its_whole_conversation_with_a_search_box_and_a_failures_filter() {
    ReportData d = mixed();
    String html = HtmlReport.render(d, SPEC, QualityGates.evaluate(d, SPEC), NOW);

    assertThat(html).contains("<input type=\"search\" id=\"q\"", "<input type=\"checkbox\" id=\"failures-only\">");
    assertThat(count(html, "<details class=\"case ")).isEqualTo(4);
    assertThat(html).contains("<details class=\"case ko\" id=\"case-tc_refund\" data-failed=\"true\" open>",
        "<details class=\"case ok\" id=\"case-tc_cancel\" data-failed=\"false\"><summary>");
    assertThat(count(html, "<article class=\"turn ")).as("every turn, passing ones too").isEqualTo(6);
    // A passing turn's input, output and every scorer's reasoning are there to read.
    assertThat(html).contains("I want a refund for order #1234", "All claims supported by context",
        "Response directly addresses refund request");
    // The marks are explained once, and each test case says its numbers with correct plurals.
    assertThat(count(html, "Marks: ")).isEqualTo(1);
    assertThat(html).contains("1 run · 3 turns · 2 passed · 1 failed · pass rate 66.7% · cost $0.0102 · p95 2100 ms",
        "1 run (1 failed) · 0 turns · 0 passed · 0 failed · pass rate n/a · cost unknown · p95 unknown");
    assertThat(html).doesNotContain("1 test cases", "1 runs", "1 turns ", "$0.01<", " 0 ms", "$0.0000");
    // Charts name what they draw: scorer name and its numbers on separate lines, legends for lines.
    assertThat(html).contains(">faithfulness</text>", ">mean 0.72 · n=6 · higher is better</text>",
        ">gate mean &gt;= 0.85</text>", ">p95 3400 ms</text>", ">gate p95 &lt;= 3000 ms</text>");
    assertThat(html).doesNotContain(">p99</text>", ">max</text>");
  }

  @Test
  void every_format_should_agree_with_junit_on_a_known_failing_turn() throws Exception {
    Fixtures.runFiles(dir, "run_a1", "run_b1");
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of("relevance >= 0.7"),
        List.of("tc_refund:2"), List.of(Fixtures.reported(dir, "run_a1"), Fixtures.reported(dir, "run_b1")));
    ReportData d = Analysis.of(Fixtures.runs(dir), "https://api.playgent.com/v1");

    String html = HtmlReport.render(d, GateSpec.none(), null, NOW);
    assertThat(html).contains("data-status=\"passed\"", "<div class=\"badge pass\">4 of 5 turns passed, 1 known failing",
        "<span class=\"pill warn\">known failing</span>", "article class=\"turn known\"");
    String md = MarkdownSummary.render(d, null);
    assertThat(md).startsWith("## ✅ Playgent: 4 of 5 turns passed, 1 known failing\n")
        .contains("| ✅ | Refund Request Flow (tc_refund) | 1 | 3 | 2 | 0 | 1 | 66.7% |")
        .contains("### Known failing turns (1)", "<details><summary>⏭️ known failing: Refund Request Flow › turn 2")
        .doesNotContain("❌");
    JsonNode n = new ObjectMapper().readTree(JsonSummary.render(d, null, NOW));
    assertThat(n.get("status").asText()).isEqualTo("passed");
    assertThat(n.at("/turns/failed").asInt()).isZero();
    assertThat(n.at("/turns/known_failing").asInt()).isEqualTo(1);
    assertThat(n.at("/known_failing_turns/0/turn").asInt()).isEqualTo(2);
    assertThat(n.at("/known_failing_turns/0/scorers/relevance/passed").asBoolean()).isTrue();
    assertThat(n.at("/known_failing_turns/0/scorers/faithfulness/passed").isNull()).isTrue();
    assertThat(n.get("failing_turns").size()).isZero();
  }

  @Test
  void html_should_say_plainly_when_there_are_no_runs() {
    ReportData d = Analysis.of(SessionRuns.load(dir.resolve("none"), "current", NOW), "https://x/v1");
    String html = HtmlReport.render(d, GateSpec.none(), null, NOW);
    assertThat(html).contains("No recorded Playgent runs", "nothing to report", "data-status=\"empty\"");
    assertThat(html).contains("var expected = 0;");
  }

  @Test
  void markdown_should_have_headline_tables_and_collapsed_failing_turns() {
    ReportData d = mixed();
    GateResults gates = QualityGates.evaluate(d, SPEC);
    String md = MarkdownSummary.render(d, gates);
    assertThat(md).startsWith("## ❌ Playgent: 2 of 6 turns failed, 1 run did not complete; quality gates failed (");
    assertThat(md).contains("| 4 (1 failed) | 4 | 4 | 2 | 0 | 66.7% | unknown | 1240 / 3400 / 3400 ms |");
    assertThat(md).contains("| ❌ | pass rate | 66.7% | >= 95.0% |");
    assertThat(md).contains("| ✅ | Cancel Subscription (tc_cancel) | 1 | 2 | 2 | 0 | 0 | 100.0% | $0.0050 | 1500 ms |");
    assertThat(md).contains("| ❌ | Slow Agent (tc_timeout) | 1 | 0 | 0 | 0 | 0 | n/a | unknown | unknown |");
    assertThat(md).contains("<details><summary>❌ Refund Request Flow › turn 2: It's order 1234, bought 45 days ago"
        + " — turn 2 failed (the service's verdict): faithfulness 0.31, relevance 0.71</summary>");
    assertThat(md).contains("```text\nturn 2 failed (the service's verdict): faithfulness 0.31, relevance 0.71\n");
    assertThat(md).contains("| faithfulness | higher | 6 | 0.72 | 0.31 | 0.93 |  |");
    // Table cells are escaped: the hostile test case name cannot open a tag or a new column.
    assertThat(md).contains("| ❌ | Hostile &lt;Output> &amp; \"Quotes\" (tc_hostile) |");
    assertThat(md).contains("\nRead session on disk (playgent.sessions=all): 20260101T000000.000Z-aaaaaa.\n");
    assertThat(md).contains("- `run_d1` failed: run run_d1 of Slow Agent (tc_timeout) failed: agent_timeout");
    assertThat(md).contains("> ⚠️ Total cost is unknown: cost unknown for 1 turn in 1 run");
  }

  @Test
  void markdown_should_say_plainly_when_there_are_no_runs() {
    ReportData d = Analysis.of(SessionRuns.load(dir.resolve("none"), "current", NOW), "https://x/v1");
    assertThat(MarkdownSummary.render(d, null)).startsWith("## ⚠️ Playgent: no recorded runs\n\nRead no session.\n\n"
        + "No Playgent session was found in `");
  }

  @Test
  void every_format_should_say_when_every_unit_was_skipped() throws Exception {
    Fixtures.session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(), List.of(
        UnitRecord.problem("tc_a", null, Obtained.NONE, UnitOutcome.SKIPPED_UNAVAILABLE,
            "Playgent is unavailable for test case tc_a at http://127.0.0.1:9/v1: refused (skipped: "
                + "playgent.on-unavailable=skip)")));
    ReportData d = Analysis.of(Fixtures.runs(dir), "https://x/v1");

    assertThat(MarkdownSummary.render(d, null)).startsWith("## ⚠️ Playgent: nothing judged, 1 unit skipped\n")
        .contains("### Skipped, not judged (1)\n\n- `tc_a` skipped_unavailable: Playgent is unavailable for test case "
            + "tc_a at http://127.0.0.1:9/v1: refused (skipped: playgent.on-unavailable=skip)\n");
    JsonNode n = new ObjectMapper().readTree(JsonSummary.render(d, null, NOW));
    assertThat(n.get("status").asText()).isEqualTo("skipped");
    assertThat(n.at("/skipped_units/0/session_id").asText()).isEqualTo("20260101T000000.000Z-aaaaaa");
    assertThat(n.at("/skipped_units/0/outcome").asText()).isEqualTo("skipped_unavailable");
    assertThat(HtmlReport.render(d, GateSpec.none(), null, NOW)).contains("data-status=\"skipped\"",
        "No Playgent run was judged", "every unit was skipped", "<code>tc_a</code>");
  }

  @Test
  void markdown_fences_should_outgrow_backticks_in_the_text() {
    assertThat(MarkdownSummary.fenced("a ```` b")).startsWith("`````text\n").endsWith("\n`````\n");
    assertThat(MarkdownSummary.cell("a|b\nc <i>")).isEqualTo("a\\|b c &lt;i>");
  }

  @Test
  void json_should_carry_the_same_numbers_under_stable_keys() throws Exception {
    ReportData d = mixed();
    String json = JsonSummary.render(d, QualityGates.evaluate(d, SPEC), NOW);
    JsonNode n = new ObjectMapper().readTree(json);
    assertThat(n.get("schema").asText()).isEqualTo("playgent-summary/2");
    assertThat(n.at("/sessions/ids").toString()).isEqualTo("[\"20260101T000000.000Z-aaaaaa\"]");
    assertThat(n.at("/sessions/description").asText())
        .isEqualTo("session on disk (playgent.sessions=all): 20260101T000000.000Z-aaaaaa");
    assertThat(n.get("skipped_units").size()).isZero();
    assertThat(n.get("status").asText()).isEqualTo("failed");
    assertThat(n.get("runs").asInt()).isEqualTo(4);
    assertThat(n.get("failed_runs").asInt()).isEqualTo(1);
    assertThat(n.get("test_cases").asInt()).isEqualTo(4);
    assertThat(n.at("/turns/total").asInt()).isEqualTo(6);
    assertThat(n.at("/turns/passed").asInt()).isEqualTo(4);
    assertThat(n.at("/turns/failed").asInt()).isEqualTo(2);
    assertThat(n.at("/turns/known_failing").asInt()).isEqualTo(0);
    assertThat(n.at("/turns/pass_rate").asDouble()).isEqualTo(0.666667);
    assertThat(n.at("/cost_usd/total").isNull()).isTrue();
    assertThat(n.at("/cost_usd/known").asBoolean()).isFalse();
    assertThat(n.at("/cost_usd/known_part").asDouble()).isEqualTo(0.0152);
    assertThat(n.at("/latency_ms/p95").asLong()).isEqualTo(3400);
    assertThat(n.at("/scorers/1/name").asText()).isEqualTo("faithfulness");
    assertThat(n.at("/scorers/1/histogram").size()).isEqualTo(10);
    assertThat(n.at("/test_case_results/0/id").asText()).isEqualTo("tc_timeout");
    assertThat(n.at("/failing_turns/0/scorers/faithfulness/score").asDouble()).isEqualTo(0.31);
    assertThat(n.get("failing_turns").toString()).contains("\\u0001");
    assertThat(n.at("/failed_run_details/0/run_id").asText()).isEqualTo("run_d1");
    assertThat(n.at("/gates/passed").asBoolean()).isFalse();
    assertThat(n.at("/gates/results/0/name").asText()).isEqualTo("pass rate");
  }

  @Test
  void writer_should_write_the_three_files() throws Exception {
    ReportData d = mixed();
    ReportWriter.Written w = ReportWriter.write(dir.resolve("report"), d, SPEC, null, NOW);
    assertThat(w.html()).hasFileName("index.html").exists();
    assertThat(w.markdown()).hasFileName("summary.md").exists();
    assertThat(new ObjectMapper().readTree(w.json().toFile()).get("gates").isNull()).isTrue();
  }

  @Test
  void writer_should_leave_files_a_report_publisher_running_as_another_user_can_read() throws Exception {
    ReportWriter.Written w = ReportWriter.write(dir.resolve("report"), mixed(), SPEC, null, NOW);
    Permissions.assertUmaskDefault(w.html());
    Permissions.assertUmaskDefault(w.markdown());
    Permissions.assertUmaskDefault(w.json());
  }

  private static int count(String s, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
