package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.baseline.BaselineBuilder;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code playgent.baseline}: a turn that failed in the blessed runs is a known failure (skipped with its
 * full text), one that passed there and fails now is a new failure, and one that failed there and passes
 * now passes, saying it is fixed. The baselines are blessed from real runs of the emulator, judged with
 * different client-side thresholds: Refund Flow's turns score faithfulness 0.88, 0.31 (the service fails
 * it) and 0.74.
 */
class BaselineKnownFailuresTest {
  @TempDir
  Path dir;

  @PlaygentTest
  static class RefundFixture {
    @PlaygentCase("tc_refund")
    PlaygentRuns refund(PlaygentRuns runs) {
      return runs;
    }
  }

  /** Runs the fixture once and blesses its run, judged with {@code thresholds}, as a baseline file. */
  private Path bless(EmulatorFixture fixture, String file, String thresholds) throws Exception {
    fixture.run(RefundFixture.class);
    List<Run> runs = new RunFiles(fixture.outputDir).readAll();
    assertThat(runs).hasSize(1);
    BaselineBuilder builder = new BaselineBuilder().session("s1", "2026-11-30T12:00:00Z");
    builder.run(RefundFixture.class.getName(), runs.get(0), thresholds.isEmpty() ? List.of()
        : List.of(ScorerThreshold.parse(thresholds)));
    Path baseline = dir.resolve(file);
    BaselineFile.write(baseline, builder.build());
    return baseline;
  }

  @Test
  void a_turn_that_failed_in_the_baseline_is_skipped_and_one_that_passed_there_fails_as_new() throws Exception {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      Path baseline = bless(fixture, "baseline.json", ""); // turns 1 and 3 pass, turn 2 fails

      EngineExecutionResults results = fixture.run(RefundFixture.class, PlaygentConfig.BASELINE, baseline.toString(),
          PlaygentConfig.THRESHOLDS, "faithfulness>=0.8"); // now turn 3 (0.74) fails too

      assertThat(status(results, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
      assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.ABORTED);
      Throwable known = throwable(results, "Refund Flow › turn 2");
      assertThat(known).isInstanceOf(PlaygentKnownFailure.class)
          .hasMessage("known failing turn (failed in the baseline " + baseline + ", passed 0 of 1 run), reported as "
              + "skipped: turn 2 failed: ✗ faithfulness 0.31 < 0.80 — Cited a policy that does not exist; "
              + "answer_relevancy 0.71");
      assertThat(known.toString()).as("the full text, as knownFailingTurns gives it")
          .contains("Cited a policy that does not exist");
      assertThat(status(results, "Refund Flow › turn 3")).isEqualTo(Status.FAILED);
      assertThat(throwable(results, "Refund Flow › turn 3")).isInstanceOf(PlaygentTurnFailure.class)
          .hasMessageStartingWith("new failure (passed in the baseline " + baseline + "): turn 3 failed a client-side "
              + "threshold: ✗ faithfulness 0.74 < 0.80");
      assertThat(entry(results, "3")).containsEntry("playgent.baseline", "new failure: it passed in " + baseline
          + " (passed 1 of 1 run)");

      // The session record lists the baseline's failing turn, so report and check count it as JUnit did.
      List<SessionRecord> sessions = new SessionFiles(fixture.outputDir).readAll();
      SessionRecord last = sessions.get(sessions.size() - 1);
      assertThat(last.selections().get(0).knownFailingTurns()).containsExactly("tc_refund:2");
      assertThat(last.selections().get(0).units().get(0).knownFailing()).isEqualTo(1);
      assertThat(last.selections().get(0).units().get(0).failed()).isEqualTo(1);
    }
  }

  @Test
  void a_turn_that_failed_in_the_baseline_and_passes_now_is_fixed_and_says_so() throws Exception {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      // Blessed with a stricter threshold: turn 1 (0.88) and turn 3 (0.74) failed then.
      Path baseline = bless(fixture, "strict-baseline.json", "faithfulness>=0.9");

      EngineExecutionResults results = fixture.run(RefundFixture.class, PlaygentConfig.BASELINE, baseline.toString());

      assertThat(status(results, "Refund Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
      assertThat(status(results, "Refund Flow › turn 3")).isEqualTo(Status.SUCCESSFUL);
      assertThat(entry(results, "1")).containsEntry("playgent.baseline", "fixed: it failed in " + baseline
          + " (passed 0 of 1 run)");
      assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.ABORTED);
      assertThat(results.testEvents().failed().count()).isZero();
    }
  }

  @Test
  void a_named_baseline_that_does_not_exist_fails_before_any_run_starts() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      Path missing = dir.resolve("src/test/playgent/nope.json");

      EngineExecutionResults results = fixture.run(RefundFixture.class, PlaygentConfig.BASELINE, missing.toString());

      Throwable error = results.containerEvents().failed().stream()
          .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable()
              .orElseThrow()).findFirst().orElseThrow();
      assertThat(error).hasMessageContaining("Playgent baseline " + missing.toAbsolutePath() + " does not exist")
          .hasMessageContaining("mvn playgent:baseline");
      assertThat(fixture.journal()).as("no run was started").isEmpty();
      assertThat(Files.exists(fixture.outputDir.resolve("runs"))).isFalse();
    }
  }

  @Test
  void without_the_key_no_baseline_is_used_even_when_one_was_blessed() throws Exception {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      bless(fixture, "baseline.json", "");

      EngineExecutionResults results = fixture.run(RefundFixture.class);
      assertThat(status(results, "Refund Flow › turn 2")).isEqualTo(Status.FAILED);
      assertThat(throwable(results, "Refund Flow › turn 2")).hasMessageStartingWith("turn 2 failed");
    }
  }

  /** The report entries published on the test of turn {@code turn}. */
  private static Map<String, String> entry(EngineExecutionResults results, String turn) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .filter(m -> turn.equals(m.get("playgent.turn")) && m.containsKey("playgent.baseline"))
        .filter(Objects::nonNull).findFirst().orElseThrow(() -> new AssertionError("no baseline entry for turn " + turn));
  }
}
