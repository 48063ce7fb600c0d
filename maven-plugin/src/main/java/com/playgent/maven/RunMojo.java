package com.playgent.maven;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.PlaygentException;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.run.BaseUrls;
import com.playgent.maven.run.Durations;
import com.playgent.maven.run.HeadlessRunner;
import com.playgent.maven.run.RunOutcome;
import com.playgent.maven.run.RunSuites;
import com.playgent.maven.surefire.SurefireXmlWriter;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs Playgent test cases without any Java test: one run per test case id (and one for the
 * tags), all started at once, each run id journaled the moment it is created, all awaited
 * together. Each run is written to {@code target/playgent/runs/<run_id>.json} and as Surefire XML
 * with one testcase per turn, named and worded exactly as the JUnit extension names and words them.
 * Fails the build when a turn fails or a run cannot run, unless {@code playgent.ignoreFailures}.
 *
 * <pre>{@code
 * mvn playgent:run -Dplaygent.testCases=tc_refund,tc_cancel
 * mvn playgent:run -Dplaygent.tags=critical-path -Dplaygent.base-url=http://127.0.0.1:8089/v1
 * }</pre>
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.INTEGRATION_TEST, threadSafe = true)
public class RunMojo extends AbstractPlaygentMojo {
  /** The placeholder key used against a local emulator when no key is set (the emulator takes any key). */
  static final String EMULATOR_PLACEHOLDER_KEY = "playgent-emulator-placeholder-key";

  /**
   * The test case ids to run, one run each. Example: {@code -Dplaygent.testCases=tc_refund,tc_cancel}
   * or {@code <testCases><testCase>tc_refund</testCase></testCases>}.
   */
  @Parameter(property = "playgent.testCases")
  private List<String> testCases;

  /**
   * Tags: one more run of every test case that has any of them. Example: {@code -Dplaygent.tags=critical-path}.
   */
  @Parameter(property = "playgent.tags")
  private List<String> tags;

  /** Runs the test cases against this agent instead of their own. Example: {@code -Dplaygent.agentId=agent_abc123}. */
  @Parameter(property = "playgent.agentId")
  private String agentId;

  /**
   * The API key; by default the {@code PLAYGENT_API_KEY} environment variable. Never logged. Against
   * a loopback emulator URL a placeholder is used when no key is set. Prefer the environment variable
   * to {@code -Dplaygent.apiKey}, which shows in process lists.
   */
  @Parameter(property = "playgent.apiKey")
  private String apiKey;

  /**
   * The API base URL; by default {@code PLAYGENT_BASE_URL}, else the hosted service. {@code emulator-start}
   * sets this property for the rest of the build. Example: {@code -Dplaygent.base-url=http://127.0.0.1:8089/v1}.
   */
  @Parameter(property = "playgent.base-url")
  private String baseUrl;

  /** How long to wait for all runs. Example: {@code -Dplaygent.timeout=20m} (also {@code 90s}, {@code PT10M}). */
  @Parameter(property = "playgent.timeout", defaultValue = "10m")
  private String timeout;

  /**
   * Client-side scorer minimums, as in the JUnit extension. Example: {@code -Dplaygent.thresholds=faithfulness>=0.8}.
   */
  @Parameter(property = "playgent.thresholds")
  private List<String> thresholds;

  /** Where the {@code TEST-playgent.*.xml} files go. Example: {@code ${project.build.directory}/failsafe-reports}. */
  @Parameter(property = "playgent.reportsDirectory", defaultValue = "${project.build.directory}/surefire-reports")
  private File reportsDirectory;

  /** Reports failed turns and runs but does not fail the build. Example: {@code -Dplaygent.ignoreFailures}. */
  @Parameter(property = "playgent.ignoreFailures", defaultValue = "false")
  private boolean ignoreFailures;

  @Override
  protected String goal() {
    return "run";
  }

  @Override
  protected void executeGoal() throws MojoExecutionException, MojoFailureException {
    List<CreateRunRequest> requests = requests();
    List<ScorerThreshold> limits = new ArrayList<>();
    Duration wait;
    try {
      for (String t : Params.split(thresholds)) {
        limits.add(ScorerThreshold.parse(t));
      }
      wait = Durations.parse(timeout, "playgent.timeout");
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    String url = firstNonBlank(baseUrl, System.getenv(PlaygentClient.BASE_URL_ENV), PlaygentClient.DEFAULT_BASE_URL);
    String key = firstNonBlank(apiKey, System.getenv(PlaygentClient.API_KEY_ENV), null);
    if (key == null && BaseUrls.isLoopback(url)) {
      getLog().info("No Playgent API key set; using a placeholder key for the local emulator at " + url
          + " (the emulator accepts any non-empty key)");
      key = EMULATOR_PLACEHOLDER_KEY;
    }
    Path dir = playgentDirectory.toPath();
    List<RunOutcome> outcomes;
    String clientUrl;
    try (PlaygentClient client = PlaygentClient.builder().baseUrl(url).apiKey(key)
        .userAgent("playgent-maven-plugin").build()) {
      clientUrl = client.baseUrl();
      getLog().info("Starting " + requests.size() + (requests.size() == 1 ? " Playgent run" : " Playgent runs")
          + " on " + clientUrl + " (timeout " + timeout + ")");
      outcomes = new HeadlessRunner(client, dir, AwaitOptions.defaults().withTimeout(wait), getLog()::info)
          .run(requests);
    } catch (PlaygentException e) {
      throw new MojoExecutionException("Playgent: " + e.getMessage(), e);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new MojoExecutionException("Playgent run failed: " + e.getMessage(), e);
    }

    int turns = 0;
    List<String> failedTurns = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (RunOutcome o : outcomes) {
      if (!o.fetched()) {
        errors.add((o.runId() == null ? "could not start a run for " : "run " + o.runId() + " of ")
            + o.request().describeSelection() + ": " + o.errorMessage());
        continue;
      }
      for (RunReport r : RunReport.of(o.run(), limits, clientUrl)) {
        List<TurnReport> ts = r.turns();
        turns += ts.size();
        for (TurnReport t : ts) {
          if (!t.verdict().passed()) {
            failedTurns.add(t.displayName() + ": " + t.headline());
            getLog().warn(t.block().stripTrailing());
          }
        }
        String problem = r.problem();
        if (problem != null && (r.failedToRun() || ts.isEmpty() || ts.stream().allMatch(t -> t.verdict().passed()))) {
          errors.add(problem);
        }
      }
    }
    try {
      for (RunSuites.NamedSuite s : RunSuites.of(outcomes, limits, clientUrl)) {
        SurefireXmlWriter.write(s.suite(), reportsDirectory.toPath().resolve("TEST-" + s.fileStem() + ".xml"));
      }
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("Cannot write the Playgent Surefire reports: " + e.getMessage(), e);
    }
    String summary = "Playgent: " + (turns - failedTurns.size()) + " of " + turns + " turns passed in "
        + outcomes.size() + (outcomes.size() == 1 ? " run" : " runs")
        + (errors.isEmpty() ? "" : ", " + errors.size() + " run problem" + (errors.size() == 1 ? "" : "s"));
    getLog().info(summary + "; reports in " + reportsDirectory + ", runs in " + dir.resolve("runs"));
    if (failedTurns.isEmpty() && errors.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder(summary).append(':');
    failedTurns.forEach(f -> m.append("\n  ✗ ").append(f));
    errors.forEach(e -> m.append("\n  ! ").append(e));
    if (ignoreFailures) {
      getLog().warn(m + "\n(playgent.ignoreFailures is set: not failing the build)");
      return;
    }
    throw new MojoFailureException(m.toString());
  }

  private List<CreateRunRequest> requests() throws MojoFailureException {
    List<String> ids = Params.split(testCases);
    List<String> tagList = Params.split(tags);
    if (ids.isEmpty() && tagList.isEmpty()) {
      throw new MojoFailureException("playgent:run has nothing to run: set test case ids "
          + "(<testCases><testCase>tc_refund</testCase></testCases> or -Dplaygent.testCases=tc_refund,tc_cancel) "
          + "or tags (<tags><tag>critical-path</tag></tags> or -Dplaygent.tags=critical-path).");
    }
    List<CreateRunRequest> out = new ArrayList<>();
    try {
      for (String id : ids) {
        out.add(withAgent(CreateRunRequest.forTestCase(id)));
      }
      if (!tagList.isEmpty()) {
        out.add(withAgent(CreateRunRequest.forTags(tagList)));
      }
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("playgent:run: " + e.getMessage(), e);
    }
    return out;
  }

  private CreateRunRequest withAgent(CreateRunRequest r) {
    return agentId == null || agentId.isBlank() ? r : r.withAgent(agentId.trim());
  }

  private static String firstNonBlank(String a, String b, String c) {
    if (a != null && !a.isBlank()) {
      return a.trim();
    }
    if (b != null && !b.isBlank()) {
      return b.trim();
    }
    return c;
  }
}
