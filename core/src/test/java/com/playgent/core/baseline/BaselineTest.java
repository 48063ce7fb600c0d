package com.playgent.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.model.EntityRef;
import com.playgent.client.model.Message;
import com.playgent.client.model.Run;
import com.playgent.client.model.RunStatus;
import com.playgent.client.model.ScorerOutput;
import com.playgent.client.model.TokenUsage;
import com.playgent.client.model.TurnEvaluation;
import com.playgent.client.model.TurnMetrics;
import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.ScorerThreshold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir
  Path dir;

  /** A turn: passed or not, faithfulness score, latency, cost. */
  static TurnResult turn(int index, boolean success, double faithfulness, long latency, Double cost) {
    return new TurnResult(index, List.of(new Message("user", "q" + index)), List.of(new Message("assistant", "a")),
        "Helps", success, new TurnEvaluation(success, Map.of("faithfulness", new ScorerOutput(faithfulness, "why"))),
        new TurnMetrics(latency, new TokenUsage(1L, 2L), cost), "trace_" + index);
  }

  static Run run(String id, String caseId, TurnResult... turns) {
    return new Run(id, RunStatus.COMPLETED, null, new EntityRef(caseId, "Case " + caseId), null,
        new ArrayList<>(List.of(turns)), null, null, null);
  }

  static Baseline blessed() {
    return new BaselineBuilder()
        .session("s2", "2026-11-30T12:05:00Z").session("s1", "2026-11-30T12:00:00Z")
        .run("com.example.ATest", run("run_b", "tc_b", turn(0, true, 0.9, 100, 0.001), turn(1, false, 0.2, 300, 0.002)),
            List.of())
        .run("com.example.ATest", run("run_a", "tc_a", turn(0, true, 0.8, 200, 0.001)), List.of())
        .run("com.example.ATest", run("run_a2", "tc_a", turn(0, false, 0.6, 400, 0.001)), List.of())
        .build();
  }

  @Test
  void countsEveryRunOfATestCaseAndRoundsOnce() {
    Baseline b = blessed();
    assertThat(b.createdAt()).isEqualTo("2026-11-30T12:05:00Z");
    assertThat(b.sessions()).containsExactly("s1", "s2");
    assertThat(b.runIds()).containsExactly("run_a", "run_a2", "run_b");
    assertThat(b.testCases()).extracting(Baseline.CaseStats::key).containsExactly("tc_a", "tc_b");
    Baseline.TurnStats a1 = b.testCase("tc_a").orElseThrow().turn(1).orElseThrow();
    assertThat(a1.runs()).isEqualTo(2);
    assertThat(a1.passed()).isEqualTo(1);
    assertThat(a1.passRate()).isEqualTo(0.5);
    assertThat(a1.passing()).isFalse();
    assertThat(a1.scorerMeans()).containsEntry("faithfulness", 0.7);
    assertThat(b.failingTurns("tc_b")).containsExactly(2);
    assertThat(b.failingTurns("tc_a")).containsExactly(1);
    assertThat(b.failingTurns("tc_unknown")).isEmpty();
    assertThat(b.total().costUsd()).isEqualTo(0.005);
    assertThat(b.total().p95LatencyMs()).isEqualTo(400L);
    assertThat(b.suites()).extracting(Baseline.SuiteStats::name).containsExactly("com.example.ATest");
  }

  @Test
  void aClientSideThresholdFailsATurnAsInJUnit() {
    Baseline b = new BaselineBuilder().run(null, run("run_a", "tc_a", turn(0, true, 0.8, 200, 0.001)),
        List.of(ScorerThreshold.parse("faithfulness>=0.85"))).build();
    assertThat(b.testCase("tc_a").orElseThrow().turn(1).orElseThrow().passing()).isFalse();
    assertThat(b.suites()).extracting(Baseline.SuiteStats::name).containsExactly(BaselineBuilder.RUN_GOAL_SUITE);
  }

  @Test
  void unknownCostStaysUnknown() {
    Baseline b = new BaselineBuilder().run(null, run("run_a", "tc_a", turn(0, true, 0.8, 200, null)), List.of())
        .build();
    assertThat(b.total().costUsd()).isNull();
  }

  @Test
  void writesTheSameBytesForTheSameRunsAndReadsThemBack() throws Exception {
    Path file = dir.resolve("src/test/playgent/baseline.json");
    BaselineFile.write(file, blessed());
    byte[] first = Files.readAllBytes(file);
    BaselineFile.write(file, blessed());
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    String text = new String(first, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n");
    assertThat(text).contains("\"pass_rate\" : 0.5,").contains("\"faithfulness\" : 0.7").contains("\"cost_usd\" : 0.005");
    assertThat(text.indexOf("\"tc_a\"")).isLessThan(text.indexOf("\"tc_b\""));
    Baseline read = BaselineFile.read(file);
    assertThat(read).isEqualTo(blessed());
    assertThat(BaselineFile.bytes(read)).isEqualTo(first);
  }

  @Test
  void aMissingOrBrokenFileSaysWhichAndHowToFixIt() throws Exception {
    assertThatThrownBy(() -> BaselineFile.read(dir.resolve("nope.json")))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("nope.json does not exist").hasMessageContaining("mvn playgent:baseline");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"schema\": 7}");
    assertThatThrownBy(() -> BaselineFile.read(broken)).isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("schema 7 is not 1");
    Path notJson = Files.writeString(dir.resolve("x.json"), "not json");
    assertThatThrownBy(() -> BaselineFile.read(notJson)).isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("x.json cannot be read");
  }

  @Test
  void comparesTurnsScoresCostAndLatency() {
    Baseline now = new BaselineBuilder()
        .run("com.example.ATest", run("run_b2", "tc_b", turn(0, false, 0.5, 100, 0.002), turn(1, true, 0.9, 300, 0.002),
            turn(2, true, 0.9, 900, 0.002)), List.of())
        .run("com.example.ATest", run("run_a3", "tc_a", turn(0, false, 0.6, 200, 0.001)), List.of())
        .build();
    BaselineComparison c = BaselineComparison.of(blessed(), now, Tolerances.defaults());
    assertThat(c.newFailures()).extracting(BaselineComparison.TurnChange::label).containsExactly("Case tc_b (tc_b) turn 1");
    assertThat(c.fixed()).extracting(BaselineComparison.TurnChange::label).containsExactly("Case tc_b (tc_b) turn 2");
    assertThat(c.stillFailing()).extracting(BaselineComparison.TurnChange::label).containsExactly("Case tc_a (tc_a) turn 1");
    assertThat(c.notInBaseline()).extracting(BaselineComparison.TurnChange::turn).containsExactly(3);
    // tc_b faithfulness: baseline (0.9 + 0.2) / 2 = 0.55, now (0.5 + 0.9) / 2 = 0.7 over the turns both have
    BaselineComparison.ScoreDelta b = c.scoreDeltas().stream().filter(d -> d.caseKey().equals("tc_b")).findFirst()
        .orElseThrow();
    assertThat(b.baseline()).isEqualTo(0.55);
    assertThat(b.now()).isEqualTo(0.7);
    assertThat(b.regressed()).isFalse();
    BaselineComparison.ScoreDelta a = c.scoreDeltas().stream().filter(d -> d.caseKey().equals("tc_a")).findFirst()
        .orElseThrow();
    assertThat(a.worsening()).isEqualTo(0.1);
    assertThat(c.scoreRegressions()).containsExactly(a);
    assertThat(c.total().costChange()).isEqualTo(0.4); // 0.005 -> 0.007
    assertThat(c.total().latencyChange()).isEqualTo(1.25); // p95 400 -> 900
  }

  @Test
  void aLowerIsBetterScorerRegressesUpwards() {
    BaselineComparison.ScoreDelta d = new BaselineComparison.ScoreDelta("tc", "tc", "toxicity", 0.1, 0.3,
        List.of(new BaselineComparison.TurnScore(1, 0.1, 0.3)), 0.05);
    assertThat(d.worsening()).isEqualTo(0.2);
    assertThat(d.regressed()).isTrue();
  }

  @Test
  void toleranceValuesAreChecked() {
    assertThatThrownBy(() -> new Tolerances(0.05, 20, 0.2)).hasMessageContaining("costIncrease")
        .hasMessageContaining("0.20 for +20%");
    assertThatThrownBy(() -> new Tolerances(-1, 0.2, 0.2)).hasMessageContaining("scoreDrop");
  }
}
