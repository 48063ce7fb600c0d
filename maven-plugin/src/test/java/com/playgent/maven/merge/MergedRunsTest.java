package com.playgent.maven.merge;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.playgent.core.baseline.Baseline;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.baseline.BaselineRuns;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.report.ReportData;
import com.playgent.maven.report.ReportData.FailingTurn;
import com.playgent.maven.report.ReportData.TestCaseStats;
import com.playgent.maven.report.SessionRuns;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two shards whose emulators numbered their runs from the same start, so run ids repeat across the inputs;
 * one shard ran a test case with repeats. The merge must report exactly what one unsharded build of the
 * same runs (with unique ids) reports: runs of different inputs with equal ids are different runs.
 */
class MergedRunsTest {
  static final String BASE = "http://127.0.0.1:1/v1";
  static final Instant BUILD_START = Instant.parse("2026-12-01T00:00:00Z");
  @TempDir Path base;
  int sessions;

  @Test
  void runs_of_different_inputs_with_equal_ids_are_judged_apart_with_repeats_as_one_unsharded_build() {
    // Shard 1 ran tc_flaky with 5 repeats (run_00 … run_04): turn 2 failed in repeat 3, min passes 4.
    Path shard1 = write(base.resolve("shards/1/playgent"), "1/2", ids(0, 5), List.of());
    // Shard 2's emulator started again at run_00: tc_plain twice, turn 2 of the second run failing.
    Path shard2 = write(base.resolve("shards/2/playgent"), "2/2", List.of(), ids(0, 2));
    // One unsharded build of the same tests: one emulator, unique ids.
    Path one = write(base.resolve("unsharded/playgent"), null, ids(0, 5), ids(5, 2));

    InputMerge merge = InputMerge.load(List.of(shard1, shard2), "current", BUILD_START);
    assertThat(merge.check().errors()).isEmpty();
    ReportData merged = Analysis.of(merge.runs(), BASE);
    SessionRuns oneRuns = SessionRuns.load(one, "current", BUILD_START);
    ReportData unsharded = Analysis.of(oneRuns, BASE);

    // tc_flaky: 2 turns over its repeats, both pass (turn 2: 4 of 5, needs 4); tc_plain: 4 turns, 1 failing.
    assertThat(unsharded.runs()).isEqualTo(7);
    assertThat(unsharded.turns()).isEqualTo(6);
    assertThat(unsharded.turnsPassed()).isEqualTo(5);
    assertThat(unsharded.testCases()).isEqualTo(2);
    assertThat(merged.runs()).isEqualTo(unsharded.runs());
    assertThat(merged.turns()).isEqualTo(unsharded.turns());
    assertThat(merged.turnsPassed()).isEqualTo(unsharded.turnsPassed());
    assertThat(merged.turnsKnownFailing()).isEqualTo(unsharded.turnsKnownFailing());
    assertThat(merged.testCases()).isEqualTo(unsharded.testCases());
    assertThat(merged.testCaseStats()).extracting(MergedRunsTest::counts)
        .containsExactlyElementsOf(unsharded.testCaseStats().stream().map(MergedRunsTest::counts).toList());
    assertThat(merged.failingTurns()).extracting(MergedRunsTest::name)
        .containsExactlyElementsOf(unsharded.failingTurns().stream().map(MergedRunsTest::name).toList());
    assertThat(merged.scorers()).isEqualTo(unsharded.scorers());
    assertThat(merged.cost()).isEqualTo(unsharded.cost());
    assertThat(merged.repeated().groups()).singleElement().satisfies(g -> {
      assertThat(g.runIds()).containsExactly("run_00", "run_01", "run_02", "run_03", "run_04");
      assertThat(g.turns().get(1).count()).isEqualTo("4 of 5 repeats passed, needs 4");
    });
    // A turn of shard 2's run_00 is no repeat of shard 1's run_00.
    assertThat(merged.caseRuns()).filteredOn(r -> r.key().equals("tc_plain"))
        .flatExtracting(ReportData.CaseRun::turns).allSatisfy(t -> assertThat(merged.repeated().of(t)).isEmpty());

    Baseline mergedBaseline = BaselineRuns.of(merge.runs(), merged.repeated());
    Baseline oneBaseline = BaselineRuns.of(oneRuns, unsharded.repeated());
    assertThat(mergedBaseline.testCases()).isEqualTo(oneBaseline.testCases());
    assertThat(mergedBaseline.total()).isEqualTo(oneBaseline.total());
    assertThat(mergedBaseline.runIds()).hasSize(7);
  }

  private static List<Object> counts(TestCaseStats s) {
    return List.of(s.key(), s.runs(), s.failedRuns(), s.turns(), s.turnsPassed(), s.turnsKnownFailing());
  }

  private static String name(FailingTurn f) {
    return f.report().displayName(f.caseLabel());
  }

  private static List<String> ids(int from, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      ids.add(String.format("run_%02d", i));
    }
    return ids;
  }

  /** One session in {@code dir}: tc_flaky's repeats on {@code repeatIds}, tc_plain's runs on {@code plainIds}. */
  private Path write(Path dir, String shard, List<String> repeatIds, List<String> plainIds) {
    RunFiles files = new RunFiles(dir);
    List<SelectionRecord> selections = new ArrayList<>();
    if (!repeatIds.isEmpty()) {
      List<UnitRecord> units = new ArrayList<>();
      for (int i = 0; i < repeatIds.size(); i++) {
        int repeat = i + 1;
        Run run = run(files, repeatIds.get(i), "tc_flaky", "Refund Policy", repeat != 3);
        units.add(unit(run).withRepeat(repeat));
      }
      selections.add(new SelectionRecord("com.example.RefundTest", "refund",
          "[engine:junit-jupiter]/[class:com.example.RefundTest]/[method:refund()]", "@PlaygentCase RefundTest.refund()",
          List.of("tc_flaky"), List.of(), List.of(), null, List.of(), List.of(), units).withRepeats(5, 4));
    }
    if (!plainIds.isEmpty()) {
      List<UnitRecord> units = new ArrayList<>();
      for (int i = 0; i < plainIds.size(); i++) {
        units.add(unit(run(files, plainIds.get(i), "tc_plain", "Order Status", i == 0)));
      }
      selections.add(new SelectionRecord("com.example.OrderTest", "order",
          "[engine:junit-jupiter]/[class:com.example.OrderTest]/[method:order()]", "@PlaygentCase OrderTest.order()",
          List.of("tc_plain"), List.of(), List.of(), null, List.of(), List.of(), units));
    }
    String id = "20261130T120000.00" + (sessions++) + "Z-abcdef";
    new SessionFiles(dir).write(new SessionRecord(SessionRecord.SCHEMA, id, "playgent-junit", "2026-11-30T12:00:00Z",
        "2026-11-30T12:00:05Z", "live", "127.0.0.1:1", null, "fail", shard, selections));
    return dir;
  }

  /** A two-turn run; turn 2 fails unless {@code passes}. */
  private static Run run(RunFiles files, String runId, String caseId, String caseName, boolean passes) {
    List<TurnResult> turns = List.of(turn(0, true, runId), turn(1, passes, runId));
    Run run = new Run(runId, RunStatus.COMPLETED, passes, new EntityRef(caseId, caseName),
        new EntityRef("agent_1", "Support Agent"), turns, null, null, null);
    files.write(run);
    return run;
  }

  private static UnitRecord unit(Run run) {
    int passed = (int) run.turns().stream().filter(TurnResult::passed).count();
    return UnitRecord.reported(run.testCase().id(), run.runId(), Obtained.LIVE, run.turns().size(), passed,
        run.turns().size() - passed, 0);
  }

  private static TurnResult turn(int index, boolean success, String runId) {
    return new TurnResult(index, List.of(new Message("user", "question " + (index + 1))),
        List.of(new Message("assistant", "answer " + (index + 1))), "Helps", success,
        new TurnEvaluation(success, Map.of("faithfulness", new ScorerOutput(success ? 0.9 : 0.2, "why"))),
        new TurnMetrics(1200L, new TokenUsage(10L, 20L), 0.004), "trace_" + runId + "_" + index);
  }
}
