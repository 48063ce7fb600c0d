package com.playgent.junit;

import com.playgent.client.PlaygentClient;
import com.playgent.client.model.EvaluateRequest;
import com.playgent.client.model.Evaluation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Judges one answer of your agent with Playgent's scorers ({@code POST /v1/evaluate}) from a plain
 * test. Injected into any test method of a {@link PlaygentTest} class, with the same base URL and
 * key as the extension's runs, or made from a client with {@link #of(PlaygentClient)}:
 *
 * <pre>{@code
 * @Test
 * void refund_answer_is_faithful(PlaygentEvaluator evaluator) {
 *   Evaluation evaluation = evaluator.input("What is your refund policy?")
 *       .output(agent.answer("What is your refund policy?"))
 *       .context("Refunds are accepted within 30 days of purchase.")
 *       .scorers("answer_relevancy", "faithfulness")
 *       .threshold(0.8)
 *       .evaluate();
 *   assertThat(evaluation).passes();
 * }
 * }</pre>
 *
 * <p>Immutable: each call returns a new evaluator, so one with shared settings (scorers,
 * threshold) can be kept and reused.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentEvaluator {
  private final Supplier<PlaygentClient> client;
  private final String input;
  private final String output;
  private final String expectedBehavior;
  private final List<String> context;
  private final String groundTruth;
  private final List<String> scorers;
  private final Double threshold;

  private PlaygentEvaluator(Supplier<PlaygentClient> client, String input, String output, String expectedBehavior,
      List<String> context, String groundTruth, List<String> scorers, Double threshold) {
    this.client = client;
    this.input = input;
    this.output = output;
    this.expectedBehavior = expectedBehavior;
    this.context = context;
    this.groundTruth = groundTruth;
    this.scorers = scorers;
    this.threshold = threshold;
  }

  /** An evaluator that sends its requests with this client; the caller keeps and closes the client. */
  public static PlaygentEvaluator of(PlaygentClient client) {
    Objects.requireNonNull(client, "client == null");
    return of(() -> client);
  }

  /** The client is made on first {@link #evaluate()}, so an unused evaluator needs no key. */
  static PlaygentEvaluator of(Supplier<PlaygentClient> client) {
    return new PlaygentEvaluator(client, null, null, null, null, null, List.of(), null);
  }

  /** The user's question the answer responds to. */
  public PlaygentEvaluator input(String input) {
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /** The agent's answer to judge; required. */
  public PlaygentEvaluator output(String output) {
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /** What a good answer does, in words. */
  public PlaygentEvaluator expectedBehavior(String expectedBehavior) {
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /** The context the answer must be faithful to (replaces any context given before). */
  public PlaygentEvaluator context(String... chunks) {
    return context(Arrays.asList(chunks));
  }

  /** The context the answer must be faithful to (replaces any context given before). */
  public PlaygentEvaluator context(List<String> chunks) {
    Objects.requireNonNull(chunks, "chunks == null");
    return new PlaygentEvaluator(client, input, output, expectedBehavior, List.copyOf(chunks), groundTruth, scorers,
        threshold);
  }

  /** The reference answer. */
  public PlaygentEvaluator groundTruth(String groundTruth) {
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /** The scorers to judge with, e.g. {@code "answer_relevancy", "faithfulness"} (replaces any given before). */
  public PlaygentEvaluator scorers(String... scorers) {
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, List.of(scorers),
        threshold);
  }

  /** The score each scorer must reach to pass, within [0, 1]; default: the service's. */
  public PlaygentEvaluator threshold(double threshold) {
    if (Double.isNaN(threshold) || threshold < 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be within [0, 1], was " + threshold + ": use e.g. threshold(0.8)");
    }
    return new PlaygentEvaluator(client, input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /** The request {@link #evaluate()} sends. */
  public EvaluateRequest request() {
    if (output == null) {
      throw new IllegalStateException("PlaygentEvaluator needs the answer to judge: call output(answer) before evaluate()");
    }
    if (scorers.isEmpty()) {
      throw new IllegalStateException("PlaygentEvaluator needs at least one scorer: call scorers(\"answer_relevancy\", "
          + "\"faithfulness\") before evaluate()");
    }
    return new EvaluateRequest(input, output, expectedBehavior, context, groundTruth, scorers, threshold);
  }

  /**
   * Sends the request and returns the service's judgement; check it with
   * {@code PlaygentAssertions.assertThat(evaluation).passes()}. A failing evaluation is returned,
   * not thrown; a rejected request or an unreachable service throws the client's exception.
   */
  public Evaluation evaluate() {
    EvaluateRequest request = request();
    return client.get().evaluate(request);
  }

  @Override
  public String toString() {
    return "PlaygentEvaluator[scorers=" + scorers + ", threshold=" + threshold + "]";
  }
}
