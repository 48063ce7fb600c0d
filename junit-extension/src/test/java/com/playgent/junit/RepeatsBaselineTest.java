package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.baseline.Baseline;
import com.playgent.core.baseline.BaselineBuilder;
import com.playgent.core.baseline.BaselineFile;
import com.playgent.core.outcome.RepeatRun;
import com.playgent.core.outcome.RepeatedCase;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.World;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

/**
 * {@code playgent.baseline} with repeats: the baseline judges a repeated turn by its {@code minPasses},
 * as the build does, and a repeated turn honours the baseline as a single run's turn does. In the
 * repeats world every fifth run of Refund Policy fails turn 2 (4 of 5 pass) and Warranty Claim's turn 2
 * passes 3 of 5 times; each new set of 5 repeats plays the same five entries again.
 */
class RepeatsBaselineTest {
  @TempDir
  Path dir;

  EmulatorFixture fixture;

  @BeforeEach
  void start() {
    fixture = EmulatorFixture.start(EmulatorConfig.builder()
        .world(World.fromResource("worlds/repeats-world.yaml", RepeatsBaselineTest.class.getClassLoader())).build());
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @PlaygentTest
  static class FourOfFive {
    @PlaygentCase(value = "tc_four_of_five", repeats = 5, minPasses = 4)
    PlaygentRuns policy(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class ThreeOfFive {
    @PlaygentCase(value = "tc_three_of_five", repeats = 5, minPasses = 4)
    PlaygentRuns warranty(PlaygentRuns runs) {
      return runs;
    }
  }

  /**
   * Runs {@code fixture} once and blesses its 5 repeats as the plugin's {@code playgent:baseline} does:
   * every run counted, the test case judged over its repeats with {@code minPasses}.
   */
  private Path bless(Class<?> testClass, int minPasses) {
    EngineExecutionResults first = fixture.run(testClass);
    assertThat(first.testEvents().started().count()).isPositive();
    List<Run> runs = new RunFiles(fixture.outputDir).readAll();
    assertThat(runs).hasSize(5);
    BaselineBuilder builder = new BaselineBuilder().session("s1", "2026-11-30T12:00:00Z");
    List<RepeatRun> repeats = new ArrayList<>();
    for (Run run : runs) {
      builder.run(testClass.getName(), run, List.of());
      repeats.add(RepeatRun.reported(repeats.size() + 1, RunReport.of(run, List.of(), "").get(0)));
    }
    builder.repeated(new RepeatedCase(repeats, minPasses));
    Path file = dir.resolve("baseline-" + testClass.getSimpleName() + "-" + minPasses + ".json");
    BaselineFile.write(file, builder.build());
    return file;
  }

  @Test
  void a_flaky_turn_blessed_passing_by_its_count_stays_green_and_flaky_neither_known_failing_nor_fixed() {
    Path baseline = bless(FourOfFive.class, 4);
    Baseline blessed = BaselineFile.read(baseline);
    Baseline.TurnStats turn2 = blessed.testCase("tc_four_of_five").orElseThrow().turn(2).orElseThrow();
    assertThat(turn2.passed()).isEqualTo(4);
    assertThat(turn2.passing()).as("4 of 5 passed, needs 4").isTrue();
    assertThat(blessed.failingTurns("tc_four_of_five")).isEmpty();

    String[] out = new String[1];
    EngineExecutionResults results = captured(out, () -> fixture.run(FourOfFive.class, PlaygentConfig.BASELINE,
        baseline.toString()));

    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(results.testEvents().aborted().count()).as("nothing known failing").isZero();
    assertThat(status(results, "Refund Policy › turn 2")).isEqualTo(Status.SUCCESSFUL);
    Map<String, String> entries = entries(results, "Refund Policy › turn 2");
    assertThat(entries).containsEntry("playgent.flaky", "true")
        .containsEntry("playgent.repeats", "4 of 5 repeats passed, needs 4")
        .containsEntry("playgent.baseline", "passing, as in " + baseline + " (passed 4 of 5 runs, needs 4)");
    assertThat(out[0]).doesNotContain("fixed since the baseline").contains("flaky (the repeats disagree)");

    SelectionRecord selection = lastSelection();
    assertThat(selection.knownFailingTurns()).isEmpty();
    assertThat(selection.units()).allSatisfy(u -> assertThat(u.knownFailing()).isZero());
  }

  @Test
  void a_repeated_turn_that_failed_by_its_count_in_the_baseline_is_known_failing() {
    Path baseline = bless(ThreeOfFive.class, 4); // turn 2: 3 of 5, needs 4

    EngineExecutionResults results = fixture.run(ThreeOfFive.class, PlaygentConfig.BASELINE, baseline.toString());

    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(status(results, "Warranty Claim › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Warranty Claim › turn 2")).isEqualTo(Status.ABORTED);
    Throwable known = throwable(results, "Warranty Claim › turn 2");
    assertThat(known).isInstanceOf(PlaygentKnownFailure.class);
    assertThat(known.getMessage()).startsWith("known failing turn (failed in the baseline " + baseline
        + ", passed 3 of 5 runs, needs 4), reported as skipped: turn 2: 3 of 5 repeats passed, needs 4; repeat ");
    assertThat(known.toString()).as("the full text").contains("Said five years", "flaky (the repeats disagree)");
    assertThat(entries(results, "Warranty Claim › turn 2")).containsEntry("playgent.baseline",
        "known failing: it failed in " + baseline + " (passed 3 of 5 runs, needs 4)");

    SelectionRecord selection = lastSelection();
    assertThat(selection.knownFailingTurns()).containsExactly("tc_three_of_five:2");
    assertThat(selection.units()).hasSize(5);
    assertThat(selection.units().stream().mapToInt(u -> u.failed()).sum()).as("its failing repeats are known").isZero();
  }

  @Test
  void a_repeated_turn_that_failed_in_the_baseline_and_passes_by_its_count_now_is_fixed_and_says_so() {
    Path baseline = bless(FourOfFive.class, 5); // blessed when every repeat had to pass: turn 2 failed

    String[] out = new String[1];
    EngineExecutionResults results = captured(out, () -> fixture.run(FourOfFive.class, PlaygentConfig.BASELINE,
        baseline.toString()));

    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(status(results, "Refund Policy › turn 2")).isEqualTo(Status.SUCCESSFUL);
    assertThat(entries(results, "Refund Policy › turn 2")).containsEntry("playgent.baseline",
        "fixed: it failed in " + baseline + " (passed 4 of 5 runs, needs 5)");
    assertThat(out[0]).contains("fixed since the baseline: Refund Policy › turn 2: What is your refund policy?"
        + " passes; it failed in " + baseline + " (passed 4 of 5 runs, needs 5)");
  }

  @Test
  void a_repeated_turn_that_passed_in_the_baseline_and_fails_by_its_count_now_is_a_new_failure() {
    Path baseline = bless(ThreeOfFive.class, 3); // blessed needing 3: turn 2 passed

    EngineExecutionResults results = fixture.run(ThreeOfFive.class, PlaygentConfig.BASELINE, baseline.toString());

    assertThat(status(results, "Warranty Claim › turn 2")).isEqualTo(Status.FAILED);
    assertThat(throwable(results, "Warranty Claim › turn 2")).isInstanceOf(PlaygentTurnFailure.class)
        .hasMessageStartingWith("new failure (passed in the baseline " + baseline + "): turn 2: 3 of 5 repeats "
            + "passed, needs 4; repeat ");
    assertThat(lastSelection().knownFailingTurns()).isEmpty();
  }

  private static EngineExecutionResults captured(String[] out, Supplier<EngineExecutionResults> run) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      return run.get();
    } finally {
      System.setOut(original);
      out[0] = printed.toString(StandardCharsets.UTF_8);
    }
  }

  private SelectionRecord lastSelection() {
    List<SessionRecord> sessions = new SessionFiles(fixture.outputDir).readAll();
    return sessions.get(sessions.size() - 1).selections().get(0);
  }

  private static Map<String, String> entries(EngineExecutionResults results, String displayNamePrefix) {
    List<Map<String, String>> all = results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
    assertThat(all).as("report entries of %s", displayNamePrefix).hasSize(1);
    return all.get(0);
  }
}
