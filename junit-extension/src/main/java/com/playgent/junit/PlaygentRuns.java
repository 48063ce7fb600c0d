package com.playgent.junit;

import com.playgent.client.model.TurnResult;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.KnownFailingTurns;
import com.playgent.core.pipeline.Selection;
import com.playgent.junit.internal.RunNodes;
import com.playgent.junit.internal.RunSpec;
import com.playgent.junit.internal.RunsContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicNode;

/**
 * The Playgent runs a factory reports, as JUnit dynamic nodes: one container per run and test
 * case, one test per turn, and a run-level verdict. Injected into {@link PlaygentCase} methods
 * (pre-filled from the annotation) and into any {@code @TestFactory} of a {@link PlaygentTest}
 * class:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> billing(PlaygentRuns runs) {
 *   return runs.testCases("tc_billing_1", "tc_billing_2")
 *       .agent("agent_candidate")
 *       .threshold("faithfulness >= 0.8")
 *       .eachTurn(turn -> assertThat(turn).hasLatencyAtMost(Duration.ofSeconds(2)))
 *       .stream();
 * }
 * }</pre>
 *
 * <p>Every run starts when {@link #stream()} is called (if the test plan did not start it
 * already), before any is awaited; turns are reported as each run finishes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentRuns implements Iterable<DynamicNode> {
  private final RunsContext context;
  private final List<String> testCaseIds = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<String> pinnedRuns = new ArrayList<>();
  private final List<ScorerThreshold> thresholds = new ArrayList<>();
  private final List<String> knownFailingTurns = new ArrayList<>();
  private final List<Consumer<TurnResult>> turnChecks = new ArrayList<>();
  private String agent;
  private Integer maxRetries;
  private Integer turnTimeoutMs;
  private Boolean parallel;
  private Boolean allowEmpty;
  private Integer repeats;
  private Integer minPasses;
  private boolean streamed;

  /** Made by the extension; users receive it as a parameter. */
  public PlaygentRuns(RunsContext context) {
    this.context = Objects.requireNonNull(context, "context == null");
  }

  /** Adds test cases by id; each runs as its own run. */
  public PlaygentRuns testCases(String... ids) {
    testCaseIds.addAll(Arrays.asList(ids));
    return this;
  }

  /** Adds one run over every test case that has any of these tags. */
  public PlaygentRuns tags(String... tags) {
    if (!this.tags.isEmpty()) {
      throw new IllegalStateException("tags(...) was already called: one PlaygentRuns reports one tag selection");
    }
    this.tags.addAll(Arrays.asList(tags));
    return this;
  }

  /** Reports an existing run ({@code run_...}): fetched, never started again. */
  public PlaygentRuns run(String runId) {
    pinnedRuns.add(runId);
    return this;
  }

  /** Runs against this agent instead of each test case's own. */
  public PlaygentRuns agent(String agentId) {
    this.agent = agentId;
    return this;
  }

  /** {@code config.max_retries} for these runs. */
  public PlaygentRuns maxRetries(int maxRetries) {
    this.maxRetries = maxRetries;
    return this;
  }

  /** {@code config.timeout_ms}: the per-turn timeout of these runs. */
  public PlaygentRuns turnTimeoutMs(int timeoutMs) {
    this.turnTimeoutMs = timeoutMs;
    return this;
  }

  /** {@code config.parallel} for these runs. */
  public PlaygentRuns parallel(boolean parallel) {
    this.parallel = parallel;
    return this;
  }

  /** A client-side scorer limit, e.g. {@code "faithfulness >= 0.8"} or, where lower is better, {@code "toxicity <= 0.2"}. */
  public PlaygentRuns threshold(String threshold) {
    thresholds.add(ScorerThreshold.parse(threshold));
    return this;
  }

  /** Marks turns known to fail, e.g. {@code "2"} or {@code "tc_xyz789:2"}; see {@link PlaygentCase#knownFailingTurns()}. */
  public PlaygentRuns knownFailingTurns(String... turns) {
    knownFailingTurns.addAll(Arrays.asList(turns));
    return this;
  }

  /** A selection matching nothing is skipped instead of failing. */
  public PlaygentRuns allowEmpty() {
    this.allowEmpty = true;
    return this;
  }

  /**
   * Runs each test case (or tag selection) {@code repeats} times, all started together, and reports
   * each turn once: it passes when at least {@link #minPasses(int)} repeats passed it (all of them
   * unless set). Checked when the runs start: at least 1.
   */
  public PlaygentRuns repeats(int repeats) {
    this.repeats = repeats;
    return this;
  }

  /** Repeats each turn must pass, from 1 to {@link #repeats(int)}; default: all of them. */
  public PlaygentRuns minPasses(int minPasses) {
    this.minPasses = minPasses;
    return this;
  }

  /**
   * A check run inside every turn's own test after the service's verdict; an
   * {@link AssertionError} it throws fails exactly that turn.
   */
  public PlaygentRuns eachTurn(Consumer<TurnResult> check) {
    turnChecks.add(Objects.requireNonNull(check, "check == null"));
    return this;
  }

  /** Starts the runs and returns their nodes; turns of a run are reported when it finishes. */
  public Stream<DynamicNode> stream() {
    streamed = true;
    return RunNodes.stream(spec(), context);
  }

  RunSpec spec() {
    return new RunSpec(new Selection(testCaseIds, tags, pinnedRuns, agent, maxRetries, turnTimeoutMs, parallel,
        repeats, minPasses),
        thresholds, new KnownFailingTurns(knownFailingTurns), turnChecks, allowEmpty);
  }

  boolean streamed() {
    return streamed;
  }

  @Override
  public Iterator<DynamicNode> iterator() {
    return stream().iterator();
  }
}
