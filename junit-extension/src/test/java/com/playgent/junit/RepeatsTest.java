package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.testNames;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.World;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

/** Repeats against the emulator: each turn reported once, judged over its repeats, flaky turns marked. */
class RepeatsTest {
  EmulatorFixture fixture;

  @BeforeEach
  void start() {
    fixture = EmulatorFixture.start(EmulatorConfig.builder()
        .world(World.fromResource("worlds/repeats-world.yaml", RepeatsTest.class.getClassLoader())).build());
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

  @PlaygentTest
  static class EndsEarly {
    @PlaygentCase(value = "tc_ends_early", repeats = 3, minPasses = 2)
    PlaygentRuns address(PlaygentRuns runs) {
      return runs;
    }

    @PlaygentCase(value = "tc_ends_early", repeats = 3)
    PlaygentRuns addressAllMustPass(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class OneFailsToRun {
    @PlaygentCase(value = "tc_one_fails_to_run", repeats = 3, minPasses = 2)
    PlaygentRuns lookup(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class TooManyPasses {
    @PlaygentCase(value = "tc_four_of_five", repeats = 5, minPasses = 6)
    PlaygentRuns policy(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class ByTag {
    @PlaygentCase(tags = "claims", repeats = 5, minPasses = 3)
    PlaygentRuns claims(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class FromSettings {
    @PlaygentCase("tc_four_of_five")
    PlaygentRuns policy(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class Fluent {
    @org.junit.jupiter.api.TestFactory
    java.util.stream.Stream<org.junit.jupiter.api.DynamicNode> policy(PlaygentRuns runs) {
      return runs.testCases("tc_three_of_five").repeats(5).minPasses(3).stream();
    }
  }

  @Test
  void five_repeats_with_four_passing_report_each_turn_once_and_the_turn_passes_marked_flaky() {
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream originalOut = System.out;
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    EngineExecutionResults results;
    try {
      results = fixture.run(FourOfFive.class);
    } finally {
      System.setOut(originalOut);
    }

    assertThat(testNames(results)).containsExactly(
        "Refund Policy › turn 1: I want a refund for order #1234",
        "Refund Policy › turn 2: What is your refund policy?",
        "Refund Policy › turn 3: OK, please go ahead");
    assertThat(results.testEvents().failed().count()).isZero();
    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(5);
    Map<String, String> turn2 = allEntries(results, "Refund Policy › turn 2").get(0);
    assertThat(turn2).containsEntry("playgent.verdict", "passed")
        .containsEntry("playgent.repeats", "4 of 5 repeats passed, needs 4")
        .containsEntry("playgent.flaky", "true")
        .containsEntry("scorer.faithfulness", "mean 0.77 · min 0.31 · max 0.88");
    assertThat(turn2.keySet()).contains("playgent.repeat.1", "playgent.repeat.5");
    assertThat(allEntries(results, "Refund Policy › turn 1").get(0)).containsEntry("playgent.flaky", "false");
    Map<String, String> factory = entries(results, "policy(PlaygentRuns)");
    assertThat(factory).containsEntry("playgent.flaky_turns", "2");
    assertThat(factory.get("playgent.runs").split(", ")).hasSize(5).doesNotHaveDuplicates();
    String out = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(out).contains("turn 2 passed: 4 of 5 repeats passed, needs 4 · flaky: repeat ")
        .contains("flaky (the repeats disagree)", "Cited a policy that does not exist",
            "scorers over the repeats (mean / min / max):");
  }

  @Test
  void five_repeats_with_three_passing_fail_the_turn_with_the_count_and_every_repeat() {
    EngineExecutionResults results = fixture.run(ThreeOfFive.class);

    assertThat(status(results, "Warranty Claim › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Warranty Claim › turn 2")).isEqualTo(Status.FAILED);
    Throwable failure = throwable(results, "Warranty Claim › turn 2");
    assertThat(failure).isInstanceOf(PlaygentTurnFailure.class);
    assertThat(failure.getMessage()).startsWith("turn 2: 3 of 5 repeats passed, needs 4; repeat ")
        .contains(" failed", "faithfulness 0.");
    StringWriter body = new StringWriter();
    failure.printStackTrace(new PrintWriter(body));
    List<String> runIds = fixture.emulator.stats().createdRunIds();
    assertThat(runIds).hasSize(5);
    assertThat(body.toString()).contains(runIds.toArray(String[]::new))
        .contains("Said five years", "Said one year", "flaky (the repeats disagree)")
        .containsPattern("faithfulness +0\\.6[0-9] / 0\\.20 / 0\\.90");
    assertThat(entries(results, "Warranty Claim › turn 2")).containsEntry("playgent.verdict", "failed")
        .containsEntry("playgent.flaky", "true");
  }

  @Test
  void the_fluent_api_takes_repeats_and_min_passes() {
    EngineExecutionResults results = fixture.run(Fluent.class);

    assertThat(status(results, "Warranty Claim › turn 2")).isEqualTo(Status.SUCCESSFUL);
    assertThat(entries(results, "Warranty Claim › turn 2")).containsEntry("playgent.repeats",
        "3 of 5 repeats passed, needs 3");
  }

  @Test
  void repeats_start_together_every_run_is_created_before_the_first_one_finishes() {
    fixture.run(FourOfFive.class);

    List<String> ids = fixture.emulator.stats().createdRunIds();
    assertThat(ids).hasSize(5);
    List<Instant> created = ids.stream().map(id -> fixture.emulator.stats().createdAt(id).orElseThrow()).toList();
    Instant firstDone = ids.stream().map(id -> fixture.emulator.stats().completedAt(id).orElseThrow())
        .min(Comparator.naturalOrder()).orElseThrow();
    // A run lasts 1.5 s: run after run, the fifth would be created 6 s after the first finished.
    assertThat(created).allSatisfy(at -> assertThat(at).isBefore(firstDone));
  }

  @Test
  void a_turn_missing_from_one_repeat_counts_as_not_passed_and_says_which_repeat_ended_early() {
    EngineExecutionResults results = fixture.run(EndsEarly.class);

    // Two factories of three repeats each: each factory's runs 1..3 get the entries in some order,
    // so each has exactly one repeat that ended after two turns.
    List<String> names = testNames(results);
    assertThat(names).filteredOn(n -> n.contains("turn 3")).hasSize(2);
    List<Map<String, String>> turn3 = results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().contains(" › turn 3"))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
    assertThat(turn3).hasSize(2);
    assertThat(turn3).extracting(e -> e.get("playgent.repeats")).containsExactlyInAnyOrder(
        "2 of 3 repeats passed, needs 2", "2 of 3 repeats passed, needs 3");
    assertThat(turn3).allSatisfy(e -> assertThat(e.values()).anyMatch(v ->
        v.endsWith("has no turn 3: its conversation ended after 2 turns")));
    List<Throwable> failures = results.testEvents().failed().stream()
        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
    assertThat(failures).singleElement().satisfies(f -> assertThat(f.getMessage())
        .matches("turn 3: 2 of 3 repeats passed, needs 3; repeat [123] has no turn 3: its conversation ended after 2 turns"));
    assertThat(results.testEvents().succeeded().count()).isEqualTo(5);
  }

  @Test
  void a_repeat_that_failed_on_the_service_is_reported_as_a_single_run_would_be_naming_the_repeat() {
    EngineExecutionResults results = fixture.run(OneFailsToRun.class);

    assertThat(status(results, "Order Lookup › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(entries(results, "Order Lookup › turn 1")).containsEntry("playgent.repeats",
        "2 of 3 repeats passed, needs 2");
    List<String> verdicts = testNames(results).stream().filter(n -> n.contains("› run verdict")).toList();
    assertThat(verdicts).singleElement().satisfies(n -> assertThat(n).matches("Order Lookup › repeat [123] › run verdict"));
    Throwable error = throwable(results, verdicts.get(0));
    assertThat(error).isInstanceOf(PlaygentRunError.class);
    assertThat(error.getMessage()).contains("failed: agent_unreachable: Agent endpoint did not respond");
  }

  @Test
  void min_passes_above_repeats_fails_the_factory_naming_value_rule_and_fix_and_starts_no_run() {
    EngineExecutionResults results = fixture.run(TooManyPasses.class);

    Throwable error = results.allEvents().stream().filter(e -> e.getType() == EventType.FINISHED)
        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class))
        .filter(r -> r.getThrowable().isPresent()).findFirst().orElseThrow().getThrowable().orElseThrow();
    assertThat(error.getMessage()).contains("@PlaygentCase TooManyPasses.policy()", "minPasses = 6",
        "repeats = 5", "from 1 to the number of repeats", "Give minPasses between 1 and 5");
    assertThat(fixture.emulator.stats().runsCreated()).isZero();
  }

  @Test
  void playgent_repeats_applies_to_a_declaration_without_its_own_and_min_passes_defaults_to_all() {
    EngineExecutionResults results = fixture.run(FromSettings.class, PlaygentConfig.REPEATS, "5");

    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(5);
    assertThat(status(results, "Refund Policy › turn 2")).isEqualTo(Status.FAILED);
    assertThat(throwable(results, "Refund Policy › turn 2").getMessage())
        .startsWith("turn 2: 4 of 5 repeats passed, needs 5; repeat ");

    EngineExecutionResults lenient = fixture.run(FromSettings.class, PlaygentConfig.REPEATS, "5",
        PlaygentConfig.MIN_PASSES, "4");
    assertThat(status(lenient, "Refund Policy › turn 2")).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  void the_session_record_keeps_repeats_min_passes_and_each_units_repeat() {
    fixture.run(FourOfFive.class);

    SessionRecord session = new SessionFiles(fixture.outputDir).readAll().get(0);
    SelectionRecord s = session.selections().get(0);
    assertThat(s.repeats()).isEqualTo(5);
    assertThat(s.minPasses()).isEqualTo(4);
    assertThat(s.units()).extracting(UnitRecord::repeat).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    assertThat(s.units()).extracting(UnitRecord::runId).doesNotHaveDuplicates();
    assertThat(s.unitRuns()).hasSize(5);
  }

  @Test
  void a_repeated_tag_selection_judges_each_of_its_test_cases_over_the_repeats() {
    EngineExecutionResults results = fixture.run(ByTag.class);

    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(5); // one run per repeat, each over both cases
    assertThat(entries(results, "Warranty Claim › turn 2")).containsEntry("playgent.repeats",
        "3 of 5 repeats passed, needs 3");
    // Order Lookup fails on the service in runs 2, 5 (its across_runs has 3 entries): 3 of 5 left.
    assertThat(entries(results, "Order Lookup › turn 1")).containsEntry("playgent.repeats",
        "3 of 5 repeats passed, needs 3");
    // A failed tag run is failed for each of its test cases, as without repeats: two repeats (whichever
    // were created 2nd and 5th), named in each case's container.
    List<String> verdicts = testNames(results).stream().filter(n -> n.contains("run verdict")).toList();
    assertThat(verdicts).hasSize(4).allMatch(n -> n.matches("(Warranty Claim|Order Lookup) › repeat [1-5] › run verdict"));
    assertThat(verdicts.subList(0, 2)).allMatch(n -> n.startsWith("Warranty Claim"));
    assertThat(verdicts.subList(2, 4).stream().map(n -> n.replace("Order Lookup", "Warranty Claim")).toList())
        .isEqualTo(verdicts.subList(0, 2));
  }

  @Test
  void record_keeps_one_recording_per_repeat_and_replay_judges_them_alike_without_the_service(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path recordings) {
    EngineExecutionResults live = fixture.run(FourOfFive.class, PlaygentConfig.MODE, "record",
        PlaygentConfig.RECORDINGS_DIR, recordings.toString());
    assertThat(entries(live, "Refund Policy › turn 2")).containsEntry("playgent.repeats", "4 of 5 repeats passed, needs 4");
    for (int i = 1; i <= 5; i++) {
      assertThat(recordings.resolve("tc_four_of_five.repeat-" + i + ".json")).exists();
    }
    assertThat(recordings.resolve("tc_four_of_five.json")).doesNotExist();

    long before = fixture.emulator.stats().totalRequests();
    EngineExecutionResults replayed = fixture.run(FourOfFive.class, PlaygentConfig.MODE, "replay",
        PlaygentConfig.RECORDINGS_DIR, recordings.toString());
    assertThat(testNames(replayed)).isEqualTo(testNames(live));
    assertThat(entries(replayed, "Refund Policy › turn 2")).containsEntry("playgent.repeats",
        "4 of 5 repeats passed, needs 4").containsEntry("playgent.flaky", "true");
    assertThat(fixture.emulator.stats().totalRequests()).isEqualTo(before);
  }

  @Test
  void reuse_runs_never_reports_one_earlier_run_for_a_repeat_every_repeat_is_a_new_run() {
    fixture.run(FourOfFive.class);
    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(5);

    EngineExecutionResults again = fixture.run(FourOfFive.class, PlaygentConfig.REUSE_RUNS, "PT1H");

    assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(10);
    assertThat(fixture.emulator.stats().createdRunIds()).doesNotHaveDuplicates();
    assertThat(entries(again, "policy(PlaygentRuns)").get("playgent.runs").split(", ")).hasSize(5)
        .doesNotHaveDuplicates();
  }

  private static Map<String, String> entries(EngineExecutionResults results, String displayNamePrefix) {
    List<Map<String, String>> all = allEntries(results, displayNamePrefix);
    assertThat(all).as("report entries of %s", displayNamePrefix).hasSize(1);
    return all.get(0);
  }

  private static List<Map<String, String>> allEntries(EngineExecutionResults results, String displayNamePrefix) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.REPORTING_ENTRY_PUBLISHED)
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(displayNamePrefix))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .collect(Collectors.toCollection(ArrayList::new));
  }


}
