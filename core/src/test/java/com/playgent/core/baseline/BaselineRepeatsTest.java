package com.playgent.core.baseline;

import static com.playgent.core.baseline.BaselineTest.run;
import static com.playgent.core.baseline.BaselineTest.turn;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Run;
import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
import com.playgent.core.outcome.RepeatedTurn;
import com.playgent.core.outcome.RunReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline judges a test case run with repeats as the build does: a turn passes by minPasses. */
class BaselineRepeatsTest {
  @TempDir
  Path dir;

  /** 5 repeats of tc_x: turn 1 passes in all, turn 2 in {@code turn2Passes} of them. */
  static List<Run> repeats(String prefix, int turn2Passes) {
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(run(prefix + i, "tc_x", turn(0, true, 0.9, 100, 0.001),
          turn(1, i < turn2Passes, i < turn2Passes ? 0.9 : 0.3, 200, 0.001)));
    }
    return runs;
  }

  static RepeatedCase judged(List<Run> runs, int minPasses) {
    List<RepeatRun> repeats = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      repeats.add(RepeatRun.reported(i + 1, RunReport.of(runs.get(i), List.of(), "").get(0)));
    }
    return new RepeatedCase(repeats, minPasses);
  }

  static Baseline baseline(List<Run> runs, int minPasses) {
    BaselineBuilder b = new BaselineBuilder().session("s1", "2026-11-30T12:00:00Z");
    runs.forEach(r -> b.run("com.example.XTest", r, List.of()));
    b.run("com.example.YTest", run("run_single", "tc_single", turn(0, true, 0.9, 100, 0.001),
        turn(1, false, 0.2, 100, 0.001)), List.of());
    return b.repeated(judged(runs, minPasses)).build();
  }

  @Test
  void aFlakyTurnThatPassesByMinPassesIsPassingAndRecordsItsRule() throws Exception {
    List<Run> runs = repeats("run_a", 4);
    Baseline b = baseline(runs, 4);
    Baseline.CaseStats x = b.testCase("tc_x").orElseThrow();
    assertThat(x.repeats()).isEqualTo(5);
    assertThat(x.minPasses()).isEqualTo(4);
    Baseline.TurnStats t2 = x.turn(2).orElseThrow();
    assertThat(t2.runs()).isEqualTo(5);
    assertThat(t2.passed()).isEqualTo(4);
    assertThat(t2.passRate()).isEqualTo(0.8); // rates stay fractions of runs
    assertThat(t2.passing()).isTrue();
    assertThat(t2.record()).isEqualTo("passed 4 of 5 runs, needs 4");
    // exactly as the build judged it: core's judgement over the repeats
    for (RepeatedTurn rt : judged(runs, 4).turns()) {
      assertThat(x.turn(rt.number()).orElseThrow().passing()).as("turn " + rt.number()).isEqualTo(rt.passed());
    }
    assertThat(b.failingTurns("tc_x")).isEmpty();
    // a test case without repeats keeps "passed in every run"
    assertThat(b.testCase("tc_single").orElseThrow().repeated()).isFalse();
    assertThat(b.failingTurns("tc_single")).containsExactly(2);
    assertThat(b.failingTurnCount()).isEqualTo(1);

    Path file = dir.resolve("baseline.json");
    BaselineFile.write(file, b);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains("\"id\" : \"tc_x\",\n      \"name\" : \"Case tc_x\",\n      \"runs\" : 5,\n"
        + "      \"repeats\" : 5,\n      \"min_passes\" : 4,\n      \"turns\" : [");
    assertThat(text).contains("\"id\" : \"tc_single\",\n      \"name\" : \"Case tc_single\",\n      \"runs\" : 1,\n"
        + "      \"turns\" : [");
    Baseline read = BaselineFile.read(file);
    assertThat(read).isEqualTo(b);
    assertThat(BaselineFile.bytes(read)).isEqualTo(Files.readAllBytes(file));
    assertThat(BaselineFile.bytes(baseline(repeats("run_a", 4), 4))).isEqualTo(Files.readAllBytes(file));

    // compared with its own runs (or another build as flaky): nothing new, nothing fixed, nothing still failing
    BaselineComparison same = BaselineComparison.of(read, baseline(repeats("run_b", 4), 4), Tolerances.defaults());
    assertThat(same.newFailures()).isEmpty();
    assertThat(same.fixed()).isEmpty();
    assertThat(same.stillFailing()).extracting(BaselineComparison.TurnChange::label)
        .containsExactly("Case tc_single (tc_single) turn 2");
  }

  @Test
  void aTurnThatFailsByItsCountIsFailingAndSoIsEveryRepeatWithoutMinPasses() {
    Baseline byCount = baseline(repeats("run_a", 3), 4);
    assertThat(byCount.failingTurns("tc_x")).containsExactly(2);
    assertThat(byCount.testCase("tc_x").orElseThrow().turn(2).orElseThrow().record())
        .isEqualTo("passed 3 of 5 runs, needs 4");
    Baseline everyRepeat = baseline(repeats("run_a", 4), 5); // no minPasses: every repeat must pass
    assertThat(everyRepeat.failingTurns("tc_x")).containsExactly(2);

    // failed by count in the baseline, passes by count now: fixed; and back: a new failure
    Baseline now = baseline(repeats("run_b", 5), 4);
    BaselineComparison fixed = BaselineComparison.of(byCount, now, Tolerances.defaults());
    assertThat(fixed.fixed()).extracting(BaselineComparison.TurnChange::turn).containsExactly(2);
    assertThat(fixed.newFailures()).isEmpty();
    BaselineComparison regressed = BaselineComparison.of(now, byCount, Tolerances.defaults());
    assertThat(regressed.newFailures()).extracting(BaselineComparison.TurnChange::turn).containsExactly(2);
  }

  @Test
  void aFileWithoutTheRuleJudgesEveryRun() throws Exception {
    Path file = dir.resolve("old.json");
    Files.writeString(file, """
        {"schema": 1, "created_at": "x", "sessions": [], "run_ids": [],
         "total": {"runs": 5, "turns": 5, "cost_usd": null, "p95_latency_ms": null}, "suites": [],
         "test_cases": [{"id": "tc_x", "name": "X", "runs": 5,
           "turns": [{"turn": 2, "runs": 5, "passed": 4, "pass_rate": 0.8, "scorer_means": {}}]}]}
        """);
    Baseline b = BaselineFile.read(file);
    assertThat(b.testCase("tc_x").orElseThrow().repeated()).isFalse();
    assertThat(b.failingTurns("tc_x")).containsExactly(2);
  }
}
