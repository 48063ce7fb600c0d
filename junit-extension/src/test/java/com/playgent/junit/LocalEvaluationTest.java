package com.playgent.junit;

import static com.playgent.assertj.PlaygentAssertions.assertThat;
import static com.playgent.junit.EventsSupport.status;
import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.playgent.client.PlaygentClient;
import com.playgent.client.model.Evaluation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Local evaluation ({@code POST /v1/evaluate}) as an assertion, against the emulator's deterministic scorers. */
class LocalEvaluationTest {
  static final String QUESTION = "What is your refund policy?";
  static final String POLICY = "Refunds are accepted within 30 days of purchase.";
  static final String FAITHFUL = "Our refund policy: refunds are accepted within 30 days of purchase.";
  static final String INVENTED = "Our refund policy: refunds are accepted within 30 days of purchase. Shipping is always free.";

  static EmulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  /** Plain tests of a {@code @PlaygentTest} class, configured like its runs (base URL from the engine). */
  @PlaygentTest
  static class EvaluationFixture {
    @Test
    void faithful(PlaygentEvaluator evaluator) {
      Evaluation evaluation = judge(evaluator, FAITHFUL);
      assertThat(evaluation).passes().hasNoUnsupportedClaims();
    }

    @Test
    void invented(PlaygentEvaluator evaluator) {
      assertThat(judge(evaluator, INVENTED)).passes();
    }
  }

  static Evaluation judge(PlaygentEvaluator evaluator, String answer) {
    return evaluator.input(QUESTION)
        .output(answer)
        .expectedBehavior("States the 30-day refund policy")
        .context(POLICY)
        .scorers("answer_relevancy", "faithfulness")
        .threshold(0.8)
        .evaluate();
  }

  @Test
  void an_evaluation_against_an_unreachable_service_errors_or_skips_visibly_as_the_user_chose() throws Exception {
    String deadUrl = "http://127.0.0.1:" + RunOutcomesTest.freePort() + "/v1";

    EngineExecutionResults failing = faithfulOnly(fixture.parameters(PlaygentConfig.BASE_URL, deadUrl));
    EngineExecutionResults skipping = faithfulOnly(fixture.parameters(PlaygentConfig.BASE_URL, deadUrl,
        PlaygentConfig.ON_UNAVAILABLE, "skip"));

    assertThat(status(failing, "faithful(PlaygentEvaluator)")).isEqualTo(Status.FAILED);
    assertThat(throwable(failing, "faithful(PlaygentEvaluator)"))
        .isInstanceOf(com.playgent.client.PlaygentTransportException.class)
        .hasMessageContaining("ConnectException");
    assertThat(status(skipping, "faithful(PlaygentEvaluator)")).isEqualTo(Status.ABORTED);
    assertThat(throwable(skipping, "faithful(PlaygentEvaluator)"))
        .hasMessageContaining("Playgent is unavailable at " + deadUrl)
        .hasMessageContaining("(skipped: playgent.on-unavailable=skip)");
  }

  @Test
  void in_replay_mode_a_local_evaluation_is_skipped_visibly_and_nothing_is_sent() {
    long before = fixture.emulator.stats().totalRequests();

    EngineExecutionResults replaying = faithfulOnly(fixture.parameters(PlaygentConfig.MODE, "replay"));

    assertThat(status(replaying, "faithful(PlaygentEvaluator)")).isEqualTo(Status.ABORTED);
    assertThat(throwable(replaying, "faithful(PlaygentEvaluator)")).hasMessage("skipped in playgent.mode=replay: a local"
        + " evaluation asks the service each time and has no recording; run it live or in record mode");
    assertThat(fixture.emulator.stats().totalRequests()).isEqualTo(before);
  }

  private static EngineExecutionResults faithfulOnly(java.util.Map<String, String> parameters) {
    return org.junit.platform.testkit.engine.EngineTestKit.engine("junit-jupiter")
        .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(
            EvaluationFixture.class, "faithful", PlaygentEvaluator.class.getName()))
        .configurationParameters(parameters)
        .execute();
  }

  @Test
  void an_injected_evaluator_passes_a_faithful_answer_and_fails_an_invented_one_with_every_scorer() {
    EngineExecutionResults results = fixture.run(EvaluationFixture.class);

    assertThat(status(results, "faithful(PlaygentEvaluator)")).isEqualTo(Status.SUCCESSFUL);
    assertThat(status(results, "invented(PlaygentEvaluator)")).isEqualTo(Status.FAILED);
    assertThat(throwable(results, "invented(PlaygentEvaluator)").getMessage())
        .matches("(?s)\nExpecting evaluation eval_\\w+:\n.*")
        .contains("  answer_relevancy 1.00 (passed) — ")
        .contains("  faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.")
        .contains("    unsupported_claims:\n      - Shipping is always free\n")
        .endsWith("\nto pass, but faithfulness did not pass");
  }

  @Test
  void an_evaluator_made_from_a_client_works_outside_junit_and_fails_with_score_pass_reasoning_and_metadata() {
    try (PlaygentClient client = PlaygentClient.builder().baseUrl(fixture.baseUrl()).apiKey("k").build()) {
      PlaygentEvaluator evaluator = PlaygentEvaluator.of(client);

      assertThat(judge(evaluator, FAITHFUL)).passes().scorer("faithfulness").hasScoreAtLeast(1.0);

      Evaluation invented = judge(evaluator, INVENTED);
      AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(invented).passes());
      assertThat(error.getMessage()).isEqualTo("""

          Expecting evaluation EVALUATION_ID:
            answer_relevancy 1.00 (passed) — 2 of 2 key terms of the input appear in the output.
            faithfulness 0.50 (failed) — 1 of 2 claims in the output are supported by the context.
              claims_analyzed:
                - claim: Our refund policy: refunds are accepted within 30 days of purchase, supported: true, \
          evidence: Context states 'Refunds are accepted within 30 days of purchase.'
                - claim: Shipping is always free, supported: false, evidence: No context sentence covers 60% of \
          the claim's terms
              unsupported_claims:
                - Shipping is always free
          to pass, but faithfulness did not pass""".replace("EVALUATION_ID", invented.evaluationId()));
    }
  }

  @Test
  void an_evaluator_says_what_is_missing_before_sending_anything() {
    PlaygentEvaluator evaluator = PlaygentEvaluator.of(() -> {
      throw new AssertionError("no request may be sent");
    });

    assertThatIllegalStateException().isThrownBy(() -> evaluator.scorers("faithfulness").evaluate())
        .withMessage("PlaygentEvaluator needs the answer to judge: call output(answer) before evaluate()");
    assertThatIllegalStateException().isThrownBy(() -> evaluator.output("Hi").evaluate())
        .withMessage("PlaygentEvaluator needs at least one scorer: call scorers(\"answer_relevancy\", \"faithfulness\")"
            + " before evaluate()");
    assertThatIllegalArgumentException().isThrownBy(() -> evaluator.threshold(80))
        .withMessage("threshold must be within [0, 1], was 80.0: use e.g. threshold(0.8)");
  }

  @Test
  void an_evaluator_is_immutable_so_shared_settings_can_be_reused() {
    PlaygentEvaluator shared = PlaygentEvaluator.of(() -> null).scorers("faithfulness").threshold(0.8).context(POLICY);

    var first = shared.output("A").request();
    var second = shared.output("B").groundTruth("C").request();

    assertThat(first.output()).isEqualTo("A");
    assertThat(first.groundTruth()).isNull();
    assertThat(second.output()).isEqualTo("B");
    assertThat(second.scorers()).containsExactly("faithfulness");
    assertThat(second.context()).containsExactly(POLICY);
  }
}
