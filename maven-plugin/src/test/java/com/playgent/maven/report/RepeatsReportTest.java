package com.playgent.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Message;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TokenUsage;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import com.playgent.client.store.RunFiles;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session with five repeats of one two-turn case: turn 2 failed in repeat 3 and repeat 5 ended after one
 * turn, so with min passes 3 turn 2 passes 3 of 5 and is flaky; the reports say so as the extension did.
 */
public class RepeatsReportTest {
  static final String BASE = "https://api.playgent.com/v1";
  @TempDir Path dir;
  ReportData data;

  @BeforeEach
  void write() {
    data = Analysis.of(Fixtures.runs(write(dir, 3)), BASE);
  }

  /** Five repeats in {@code dir}, each turn needing {@code minPasses}. */
  public static Path write(Path dir, int minPasses) {
    RunFiles files = new RunFiles(dir);
    List<UnitRecord> units = new ArrayList<>();
    for (int repeat = 1; repeat <= 5; repeat++) {
      List<TurnResult> turns = new ArrayList<>();
      turns.add(turn(0, true, 0.9, "Greets"));
      if (repeat != 5) {
        turns.add(repeat == 3 ? turn(1, false, 0.3, "Invented a policy") : turn(1, true, 0.88, "Cites the policy"));
      }
      Run run = new Run("run_r" + repeat, RunStatus.COMPLETED, repeat != 3, new EntityRef("tc_flaky", "Refund Policy"),
          new EntityRef("agent_1", "Support Agent"), turns, null, null, null);
      files.write(run);
      long passed = turns.stream().filter(TurnResult::passed).count();
      units.add(UnitRecord.reported("tc_flaky", run.runId(), Obtained.LIVE, turns.size(), (int) passed,
          turns.size() - (int) passed, 0).withRepeat(repeat));
    }
    SelectionRecord selection = new SelectionRecord("com.example.RefundTest", "refund",
        "[engine:junit-jupiter]/[method:refund()]", "@PlaygentCase RefundTest.refund()", List.of("tc_flaky"),
        List.of(), List.of(), null, List.of(), List.of(), units).withRepeats(5, minPasses);
    new SessionFiles(dir).write(new SessionRecord(SessionRecord.SCHEMA, "20260101T000000.000Z-aaaaaa", "playgent-junit",
        "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "live", "api.playgent.com", null, "fail", null,
        List.of(selection)));
    return dir;
  }

  @Test
  void summary_json_has_a_repeats_section_with_pass_at_k_pass_hat_k_and_flaky_turns() throws Exception {
    JsonNode json = new ObjectMapper().readTree(JsonSummary.render(data, null, Instant.EPOCH));

    JsonNode c = json.at("/repeats/test_cases/0");
    assertThat(c.get("test_case").asText()).isEqualTo("tc_flaky");
    assertThat(c.get("repeats").asInt()).isEqualTo(5);
    assertThat(c.get("min_passes").asInt()).isEqualTo(3);
    assertThat(c.get("run_ids")).extracting(JsonNode::asText)
        .containsExactly("run_r1", "run_r2", "run_r3", "run_r4", "run_r5");
    assertThat(c.get("flaky_turns")).extracting(JsonNode::asInt).containsExactly(2);
    assertThat(c.get("repeats_passing_every_turn").asInt()).isEqualTo(3);
    assertThat(c.get("status").asText()).isEqualTo("passed");
    JsonNode turn2 = c.at("/turn_results/1");
    assertThat(turn2.get("passes").asInt()).isEqualTo(3);
    assertThat(turn2.get("passed").asBoolean()).isTrue();
    assertThat(turn2.get("flaky").asBoolean()).isTrue();
    assertThat(turn2.get("pass_at_1").decimalValue()).isEqualByComparingTo("0.6");
    assertThat(turn2.get("pass_at_k").decimalValue()).isEqualByComparingTo("1");
    assertThat(turn2.get("pass_hat_k").decimalValue()).isEqualByComparingTo("0");
    assertThat(turn2.get("headline").asText()).startsWith("turn 2 passed: 3 of 5 repeats passed, needs 3 · flaky:");
    JsonNode turn1 = c.at("/turn_results/0");
    assertThat(turn1.get("flaky").asBoolean()).isFalse();
    assertThat(turn1.get("pass_hat_k").decimalValue()).isEqualByComparingTo("1");

    // The build counts each turn once over its repeats, as JUnit did: 2 turns, both passed.
    assertThat(json.at("/status").asText()).isEqualTo("passed");
    assertThat(json.at("/turns/total").asInt()).isEqualTo(2);
    assertThat(json.at("/turns/passed").asInt()).isEqualTo(2);
    assertThat(json.get("failing_turns")).isEmpty();
    assertThat(json.at("/runs").asInt()).isEqualTo(5);
  }

  @Test
  void a_turn_failing_over_its_repeats_is_one_failing_turn_marked_with_its_count(@TempDir Path other) throws Exception {
    ReportData failed = Analysis.of(Fixtures.runs(write(other, 4)), BASE);
    JsonNode json = new ObjectMapper().readTree(JsonSummary.render(failed, null, Instant.EPOCH));

    assertThat(json.at("/status").asText()).isEqualTo("failed");
    assertThat(json.at("/turns/failed").asInt()).isEqualTo(1);
    assertThat(json.get("failing_turns")).hasSize(1);
    JsonNode failing = json.at("/failing_turns/0");
    assertThat(failing.get("run_id").asText()).isEqualTo("run_r3");
    assertThat(failing.get("flaky").asBoolean()).isTrue();
    assertThat(failing.get("over_repeats").asText()).startsWith("turn 2: 3 of 5 repeats passed, needs 4; repeat 3");
    assertThat(MarkdownSummary.render(failed, null))
        .contains("❌ (flaky: 3 of 5 repeats passed, needs 4, so the turn fails)")
        .contains("| ❌ | Refund Policy (tc_flaky) · turn 2 | 3 of 5 | 4 | ⚠️ flaky |");
  }

  @Test
  void a_session_without_repeats_has_no_repeats_section() throws Exception {
    ReportData plain = Analysis.of(Fixtures.runs(Fixtures.all(dir.resolve("plain"))), BASE);
    JsonNode json = new ObjectMapper().readTree(JsonSummary.render(plain, null, Instant.EPOCH));
    assertThat(json.has("repeats")).isFalse();
    assertThat(MarkdownSummary.render(plain, null)).doesNotContain("### Repeats");
  }

  @Test
  void markdown_and_html_show_each_repeated_turn_and_mark_the_flaky_one() {
    String md = MarkdownSummary.render(data, null);
    assertThat(md).contains("### Repeats (1 test case)")
        .contains("| ✅ | Refund Policy (tc_flaky) · turn 2 | 3 of 5 | 3 | ⚠️ flaky | 0.60 | 1.00 | 0.00 |")
        .contains("| ✅ | Refund Policy (tc_flaky) · turn 1 | 5 of 5 | 3 |  | 1.00 | 1.00 | 1.00 |")
        .startsWith("## ✅ Playgent: all 2 turns passed");

    String html = HtmlReport.render(data, null, null, Instant.EPOCH);
    assertThat(html).contains("<section class=\"card\" id=\"repeats\">")
        .contains("<span class=\"pill warn\">flaky: 3 of 5 repeats passed, needs 3, so the turn passes</span>");
  }

  @Test
  void the_plugin_judges_a_repeated_turn_as_the_extension_does_a_missing_turn_not_passing() {
    RepeatedRuns.Group g = data.repeated().groups().get(0);
    assertThat(g.turns().get(1).count()).isEqualTo("3 of 5 repeats passed, needs 3");
    assertThat(g.turns().get(1).block()).contains("✗ repeat 5  run_r5  has no turn 2: its conversation ended after 1 turn");
  }

  private static TurnResult turn(int index, boolean success, double faithfulness, String reasoning) {
    return new TurnResult(index, List.of(new Message("user", "question " + (index + 1))),
        List.of(new Message("assistant", "answer " + (index + 1))), "Helps", success,
        new TurnEvaluation(success, Map.of("faithfulness", new ScorerOutput(faithfulness, reasoning))),
        new TurnMetrics(1200L, new TokenUsage(10L, 20L), 0.004), "trace_" + index);
  }
}
