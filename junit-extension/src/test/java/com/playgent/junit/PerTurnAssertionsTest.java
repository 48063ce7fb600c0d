package com.playgent.junit;

import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.assertj.PlaygentAssertions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** AssertJ checks run inside each turn's own test: a failing one fails exactly its turn, with its message. */
class PerTurnAssertionsTest {
  static EmulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @PlaygentTest
  static class LatencyFixture {
    @PlaygentCase("tc_pass")
    PlaygentRuns fast(PlaygentRuns runs) {
      return runs.eachTurn(t -> PlaygentAssertions.assertThat(t).hasLatencyAtMost(Duration.ofMillis(1000)));
    }
  }

  @Test
  void a_failing_assertion_fails_only_the_slow_turn_with_the_assertj_message() {
    EngineExecutionResults results = fixture.run(LatencyFixture.class);

    assertThat(status(results, "Greeting Flow › turn 1")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "Greeting Flow › turn 2")).isEqualTo(Status.FAILED);
    Throwable failure = throwable(results, "Greeting Flow › turn 2");
    assertThat(failure).isInstanceOf(PlaygentTurnFailure.class)
        .hasMessageStartingWith("turn 2 failed a check of this test: Expecting turn 2: input: \"What are your opening"
            + " hours?\"")
        .hasMessageContaining("to have a latency of at most 1000 ms, but it took 1200 ms")
        .hasMessageNotContaining("\n");
    assertThat(failure.getCause()).hasMessageContaining("""
            Expecting turn 2:
              input:  "What are your opening hours?"
              output: "We are open 9 to 5, Monday to Friday."
              scores: answer_relevancy 0.90 — Answers the question
                      faithfulness 0.85 — Matches the hours page
            to have a latency of at most 1000 ms, but it took 1200 ms""");
    assertThat(failure.toString()).contains("\nturn 2 passed: answer_relevancy 0.90, faithfulness 0.85\n");
  }

  @PlaygentTest
  static class ScorerFixture {
    @PlaygentCase("tc_invoice")
    PlaygentRuns faithful(PlaygentRuns runs) {
      return runs.eachTurn(t -> PlaygentAssertions.assertThat(t).scorer("faithfulness").hasScoreAtLeast(0.95));
    }
  }

  @Test
  void a_scorer_assertion_names_the_score_and_its_reasoning() {
    EngineExecutionResults results = fixture.run(ScorerFixture.class);

    Throwable failure = throwable(results, "Invoice Copy › turn 1");
    assertThat(failure).isInstanceOf(PlaygentTurnFailure.class)
        .hasMessage("turn 1 failed a check of this test: Expecting faithfulness of turn 1: 0.90 — Supported to have a"
            + " score of at least 0.95, but it was 0.90 Scores of turn 1: answer_relevancy 0.93 — Direct faithfulness"
            + " 0.90 — Supported");
    assertThat(failure.getCause()).hasMessageContaining("""
            Expecting faithfulness of turn 1:
              0.90 — Supported
            to have a score of at least 0.95, but it was 0.90
            Scores of turn 1:
              answer_relevancy 0.93 — Direct
              faithfulness 0.90 — Supported""");
  }
}
