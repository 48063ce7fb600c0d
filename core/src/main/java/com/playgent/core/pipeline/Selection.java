package com.playgent.core.pipeline;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.model.RunConfig;
import com.playgent.core.settings.PlaygentSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one declaration asks for: test case ids (a run each), tags (one run over every match) and
 * existing run ids, with an agent and run config that override the settings', and the repeats of
 * each test case or tag selection ({@link Repeats}). Nulls mean "not set here". Turned into {@link RunUnit}s the same way for a {@code @PlaygentCase} and for
 * {@code playgent:run}.
 */
public record Selection(
    List<String> testCaseIds,
    List<String> tags,
    List<String> pinnedRuns,
    String agent,
    Integer maxRetries,
    Integer turnTimeoutMs,
    Boolean parallel,
    Integer repeats,
    Integer minPasses) {

  public Selection {
    testCaseIds = List.copyOf(testCaseIds);
    tags = List.copyOf(tags);
    pinnedRuns = List.copyOf(pinnedRuns);
  }

  /** A selection without repeats of its own (the settings' apply). */
  public Selection(List<String> testCaseIds, List<String> tags, List<String> pinnedRuns, String agent,
      Integer maxRetries, Integer turnTimeoutMs, Boolean parallel) {
    this(testCaseIds, tags, pinnedRuns, agent, maxRetries, turnTimeoutMs, parallel, null, null);
  }

  /** The repeats in force: this selection's, else the settings'; validated, naming {@code origin}. */
  public Repeats repeats(PlaygentSettings settings, String origin) {
    Repeats r = Repeats.of(repeats, minPasses, settings.repeats(), settings.minPasses(), origin);
    if (r.repeated() && repeats != null && !pinnedRuns.isEmpty()) {
      throw new PlaygentConfigurationException(origin + ": repeats = " + repeats + " cannot repeat the existing run "
          + pinnedRuns.get(0) + ": a run happened once. Give test case ids or tags to repeat, or drop repeats");
    }
    return r;
  }

  public boolean isEmpty() {
    return testCaseIds.isEmpty() && tags.isEmpty() && pinnedRuns.isEmpty();
  }

  /**
   * The units to start, in order, each once.
   *
   * @param origin how errors name the declaration, e.g. {@code @PlaygentCase SmokeTest.smoke()}
   * @param howToSelect the fix to suggest when nothing is selected
   */
  public List<RunUnit> units(PlaygentSettings settings, String origin, String howToSelect) {
    if (isEmpty()) {
      throw new PlaygentConfigurationException(origin + " names no Playgent test case: " + howToSelect);
    }
    String agentId = agent != null ? agent : settings.agent();
    RunConfig base = settings.runConfig();
    RunConfig config = new RunConfig(
        parallel != null ? parallel : base.parallel(),
        maxRetries != null ? maxRetries : base.maxRetries(),
        turnTimeoutMs != null ? turnTimeoutMs : base.timeoutMs());
    Repeats r = repeats(settings, origin);
    Set<RunUnit> units = new LinkedHashSet<>();
    for (String id : testCaseIds) {
      addRepeated(units, RunUnit.testCase(required(id, "test case id", origin), agentId, config), r);
    }
    if (!tags.isEmpty()) {
      List<String> trimmed = new ArrayList<>();
      for (String tag : tags) {
        trimmed.add(required(tag, "tag", origin));
      }
      addRepeated(units, RunUnit.tags(trimmed, agentId, config), r);
    }
    for (String runId : pinnedRuns) {
      String id = required(runId, "run id", origin);
      String problem = ServiceIds.problemWithGiven("run id", id);
      if (problem != null) {
        throw new PlaygentConfigurationException(origin + ": " + problem + ". Give the id of a run on the service,"
            + " such as run_def456.");
      }
      units.add(RunUnit.pinned(id));
    }
    return new ArrayList<>(units);
  }

  /** Repeats of a unit follow each other, 1..n, so they start together in the plan-start fan-out. */
  private static void addRepeated(Set<RunUnit> units, RunUnit unit, Repeats r) {
    if (!r.repeated()) {
      units.add(unit);
      return;
    }
    for (int i = 1; i <= r.count(); i++) {
      units.add(unit.withRepeat(i));
    }
  }

  private static String required(String value, String what, String origin) {
    if (value == null || value.isBlank()) {
      throw new PlaygentConfigurationException(origin + ": a blank " + what + " was given");
    }
    return value.trim();
  }
}
