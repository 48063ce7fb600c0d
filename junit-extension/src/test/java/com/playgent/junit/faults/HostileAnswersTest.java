package com.playgent.junit.faults;

import static com.playgent.junit.faults.FaultFixture.result;
import static com.playgent.junit.faults.FaultFixture.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;
import static org.junit.platform.engine.TestExecutionResult.Status.SUCCESSFUL;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.emulator.FaultRule;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRunError;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import com.playgent.junit.PlaygentTurnFailure;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A service that answers with ids that are not ids, with answers too large to read, and with
 * texts too long to read: each ends as an error or a result of its own selection, in words that
 * name what happened, never as a crash of the factory.
 */
class HostileAnswersTest {
  private static final String GET_RUN = "GET /v1/runs/{run_id}";
  private static final String RULE = "(ids are letters, digits, '_', '-' and '.', without '..')";

  @PlaygentTest
  static class OneCase {
    @PlaygentCase("tc_pass")
    PlaygentRuns greeting(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class FailingCase {
    @PlaygentCase("tc_hostile")
    PlaygentRuns hostile(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class PinnedRun {
    @PlaygentCase(run = "../../../../pwned_run")
    PlaygentRuns pinned(PlaygentRuns runs) {
      return runs;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "run_a/../../admin?x=1#y | it contains '/', '..', '?', '=' and '#'",
      "../../../../pwned_run   | it contains '..' and '/'"})
  void a_created_run_id_that_is_not_an_id_is_an_error_of_its_selection_and_nothing_is_fetched_or_written(
      String id, String why) throws IOException {
    try (FaultFixture f = FaultFixture.start(FaultRule.on("POST /v1/runs").replaceField("run_id", id))) {
      EngineExecutionResults results = f.run(OneCase.class);

      String reason = "the service answered POST /v1/runs with run_id '" + id + "', which is not an id: " + why + " "
          + RULE + ". The run it started was not fetched.";
      assertThat(result(results, "greeting(PlaygentRuns)").getStatus()).as("the factory").isEqualTo(SUCCESSFUL);
      assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessage("test case tc_pass at " + f.baseUrl() + ": " + reason);
      assertThat(f.emulator.stats().requestsByRoute()).doesNotContainKey(GET_RUN);
      List<JsonNode> journal = f.journal();
      assertThat(journal).extracting(l -> l.path("event").asText()).containsExactly("created", "unfinished");
      assertThat(journal).extracting(l -> l.path("run_id").asText()).containsOnly(id);
      assertThat(journal.get(1).path("reason").asText()).isEqualTo(reason);
      assertThat(f.outputDir.resolve("runs")).doesNotExist();
      assertThat(f.outputDir.resolve("runs").resolve(id + ".json").normalize()).doesNotExist();
    }
  }

  @Test
  void a_fetched_run_holding_an_id_that_is_not_an_id_is_an_error_naming_the_field_and_no_run_file_is_written() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).replaceField("trace_id", "trace_9?x=1"))) {
      EngineExecutionResults results = f.run(OneCase.class);

      String runId = f.emulator.stats().createdRunIds().get(0);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessage("test case tc_pass (run " + runId + ") at " + f.baseUrl() + ": the service answered GET /v1/runs/"
              + runId + " with turns[0].trace_id 'trace_9?x=1', which is not an id: it contains '?' and '=' " + RULE);
      assertThat(f.journaled("unfinished")).containsExactly(runId);
      assertThat(f.outputDir.resolve("runs")).doesNotExist();
    }
  }

  @Test
  void a_fetched_run_that_is_another_run_is_an_error_and_does_not_overwrite_that_runs_file() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).replaceField("run_id", "run_other"))) {
      EngineExecutionResults results = f.run(OneCase.class);

      String runId = f.emulator.stats().createdRunIds().get(0);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessage("test case tc_pass (run " + runId + ") at " + f.baseUrl() + ": the service answered GET /v1/runs/"
              + runId + " with run_id 'run_other': another run than " + runId + ", the one asked for");
      assertThat(f.outputDir.resolve("runs")).doesNotExist();
    }
  }

  @Test
  void a_pinned_run_id_that_is_not_an_id_is_refused_before_anything_is_sent() {
    try (FaultFixture f = FaultFixture.start()) {
      EngineExecutionResults results = f.run(PinnedRun.class);

      assertThat(throwable(results, "pinned(PlaygentRuns)")).hasMessage("@PlaygentCase PinnedRun.pinned(): run id '../../../../pwned_run' is not an id: it contains '..'"
          + " and '/' " + RULE + ". Give the id of a run on the service, such as run_def456.");
      assertThat(f.emulator.stats().totalRequests()).isZero();
    }
  }

  @Test
  void an_answer_over_the_max_response_size_is_an_error_naming_the_run_the_size_read_and_the_setting() {
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).padBody(2_000_000))) {
      EngineExecutionResults results = f.run(OneCase.class, PlaygentConfig.MAX_RESPONSE_SIZE, "1MB");

      String runId = f.emulator.stats().createdRunIds().get(0);
      assertThat(throwable(results, "tc_pass › run")).isInstanceOf(PlaygentRunError.class)
          .hasMessage("test case tc_pass (run " + runId + ") at " + f.baseUrl() + ": the answer to GET /v1/runs/"
              + runId + " is larger than playgent.max-response-size (1 MB): the client stopped reading it after"
              + " 1,048,577 bytes, of 2,000,000 announced. Raise playgent.max-response-size (maxResponseSize on the"
              + " client builder) if answers this large are expected.");
      assertThat(f.emulator.stats().requestsByRoute().get(GET_RUN)).as("not retried").isEqualTo(1);
      assertThat(f.journaled("unfinished")).containsExactly(runId);
    }
  }

  @Test
  void an_output_longer_than_jacksons_string_cap_is_read_shown_cut_and_kept_whole_in_the_run_file() {
    int length = 20_000_001;
    try (FaultFixture f = FaultFixture.start(FaultRule.on(GET_RUN).longOutput(length))) {
      EngineExecutionResults results = f.run(FailingCase.class);

      String runId = f.emulator.stats().createdRunIds().get(0);
      Throwable failure = throwable(results, "Hostile <Output> & Co › turn 1");
      String outputLine = "    assistant: " + "The agent kept on talking and did not stop. ".repeat(90)
          + "The agent kept on talking and did not st… (19,996,001 more characters, full text in runs/" + runId + ".json)\n";
      assertThat(failure).isInstanceOf(PlaygentTurnFailure.class);
      assertThat(failure.toString()).contains("  output:\n" + outputLine + "  scorers (").hasSizeLessThan(6_000);
      Run kept = new RunFiles(f.outputDir).read(new RunFiles(f.outputDir).fileOf(runId));
      assertThat(kept.turns().get(0).outputText()).hasSize(length)
          .startsWith("The agent kept on talking and did not stop. ");
      assertThat(result(results, "Hostile <Output> & Co › turn 1").getStatus()).isEqualTo(FAILED);
    }
  }
}
