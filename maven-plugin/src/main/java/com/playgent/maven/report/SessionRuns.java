package com.playgent.maven.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.client.store.RunJournal;
import com.playgent.core.outcome.KnownFailingTurns;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.SessionSet;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report or a gate judges: the sessions {@code playgent.sessions} chose, the run file of
 * every run they list (each once) with the thresholds and known failing turns its selection
 * recorded, and the units that have no run file. Never a run file no session lists.
 *
 * @param directory the output directory that was read
 * @param sessions the chosen sessions and the sentence that says which they are
 * @param runs the runs to judge, in the order the sessions list them
 * @param withoutRun units with no run file: failed (an error, a run that never finished) or skipped
 * @param baseUrls the base URL each run was created on, from the journal's {@code created} lines, by
 *     {@linkplain #keyOf run key}
 * @param inputOfSession when several output directories are merged, the input each session was read
 *     from, by session id; empty for one directory
 */
public record SessionRuns(Path directory, SessionSet sessions, List<JudgedRun> runs, List<UnitWithoutRun> withoutRun,
    Map<String, String> baseUrls, Map<String, String> inputOfSession) {

  /**
   * A run with the client-side thresholds and the known failing turns of the selection that
   * reported it, so the report judges each turn as JUnit did.
   *
   * @param key the run's identity among the runs judged together ({@link SessionRuns#keyOf}): its run
   *     id, qualified by its input when inputs are merged
   */
  public record JudgedRun(Run run, List<ScorerThreshold> thresholds, KnownFailingTurns knownFailing, String key) {
    public JudgedRun {
      thresholds = List.copyOf(thresholds);
    }

    /** A run of one output directory: its key is its run id. */
    public JudgedRun(Run run, List<ScorerThreshold> thresholds, KnownFailingTurns knownFailing) {
      this(run, thresholds, knownFailing, run.runId());
    }

    /** A run judged without known failing turns (the {@code run} goal records none). */
    public JudgedRun(Run run, List<ScorerThreshold> thresholds) {
      this(run, thresholds, new KnownFailingTurns(List.of()));
    }

    /** This run as read from {@code input}, one of several merged. */
    public JudgedRun inInput(String input) {
      return new JudgedRun(run, thresholds, knownFailing, runKey(input, run.runId()));
    }
  }

  /**
   * A unit that has no run file.
   *
   * @param skipped true when it judged nothing on purpose (service unavailable with
   *     {@code on-unavailable=skip}, or nothing matched); false when it failed
   * @param problem why there is no run, in words
   */
  public record UnitWithoutRun(String sessionId, UnitRecord unit, boolean skipped, String problem) {}

  public SessionRuns {
    runs = List.copyOf(runs);
    withoutRun = List.copyOf(withoutRun);
    baseUrls = Map.copyOf(baseUrls);
    inputOfSession = Map.copyOf(inputOfSession);
  }

  /** Runs read from one output directory, where run ids are unique. */
  public SessionRuns(Path directory, SessionSet sessions, List<JudgedRun> runs, List<UnitWithoutRun> withoutRun,
      Map<String, String> baseUrls) {
    this(directory, sessions, runs, withoutRun, baseUrls, Map.of());
  }

  /**
   * The identity of a run among the runs judged together: its run id in one output directory; the
   * input and the run id when inputs are merged, since run ids are unique only within an input (every
   * shard job's emulator numbers its runs from the same start). Every map of runs here, in
   * {@link Analysis}, {@link RepeatedRuns} and the baseline is keyed by it; null for a unit without a run.
   *
   * @param sessionId the session that lists the run
   */
  public String keyOf(String sessionId, String runId) {
    return runKey(inputOfSession.get(sessionId), runId);
  }

  /** {@code runId} of {@code input}; {@code runId} itself when there is no input (one directory). */
  public static String runKey(String input, String runId) {
    return runId == null || input == null ? runId : input + "!" + runId;
  }

  /**
   * Reads the sessions under {@code outputDir} that {@code which} chooses, and the runs they list.
   *
   * @param which the {@code playgent.sessions} value
   * @param buildStart when this Maven build started: {@code current} means sessions since then
   * @throws IllegalStateException when a session or run file cannot be read, naming it
   * @throws UncheckedIOException when a directory cannot be listed
   */
  public static SessionRuns load(Path outputDir, String which, Instant buildStart) {
    SessionSet set = SessionSet.select(new SessionFiles(outputDir).readAll(), which, buildStart);
    RunFiles files = new RunFiles(outputDir);
    Map<String, JudgedRun> runs = new LinkedHashMap<>();
    List<UnitWithoutRun> withoutRun = new ArrayList<>();
    for (SessionRecord session : set.sessions()) {
      for (SelectionRecord selection : session.selections()) {
        List<ScorerThreshold> thresholds = thresholds(selection, session, outputDir);
        KnownFailingTurns known = knownFailing(selection, session, outputDir);
        for (UnitRecord unit : selection.units()) {
          Path file = unit.runId() == null ? null : files.fileOf(unit.runId());
          if (file != null && Files.isRegularFile(file)) {
            runs.computeIfAbsent(unit.runId(), id -> new JudgedRun(files.read(file), thresholds, known));
          } else if (unit.outcome() == UnitOutcome.SKIPPED_UNAVAILABLE
              || unit.outcome() == UnitOutcome.NOTHING_MATCHED) {
            withoutRun.add(new UnitWithoutRun(session.sessionId(), unit, true, message(unit)));
          } else {
            withoutRun.add(new UnitWithoutRun(session.sessionId(), unit, false, problem(unit, file)));
          }
        }
      }
    }
    return new SessionRuns(outputDir, set, new ArrayList<>(runs.values()), withoutRun, baseUrls(outputDir));
  }

  public boolean hasNoSession() {
    return sessions.isEmpty();
  }

  /** Units skipped because the service was unavailable ({@code playgent.on-unavailable=skip}). */
  public List<UnitWithoutRun> skippedUnavailable() {
    return withoutRun.stream().filter(u -> u.unit().outcome() == UnitOutcome.SKIPPED_UNAVAILABLE).toList();
  }

  /** Sessions whose end was never written: their JVM was stopped, so their units may be incomplete. */
  public List<String> unendedSessions() {
    return sessions.sessions().stream().filter(s -> s.endedAt() == null).map(SessionRecord::sessionId).toList();
  }

  /** The base URL the run of {@code runKey} ({@link #keyOf}) was created on, else {@code fallback}. */
  public String baseUrlOf(String runKey, String fallback) {
    String url = runKey == null ? null : baseUrls.get(runKey);
    return url == null ? fallback : url;
  }

  private static List<ScorerThreshold> thresholds(SelectionRecord selection, SessionRecord session, Path dir) {
    List<ScorerThreshold> out = new ArrayList<>();
    for (String t : selection.thresholds()) {
      try {
        out.add(ScorerThreshold.parse(t));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("session " + new SessionFiles(dir).fileOf(session.sessionId()) + ", selection "
            + selection.origin() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static KnownFailingTurns knownFailing(SelectionRecord selection, SessionRecord session, Path dir) {
    try {
      return new KnownFailingTurns(selection.knownFailingTurns());
    } catch (RuntimeException e) {
      throw new IllegalStateException("session " + new SessionFiles(dir).fileOf(session.sessionId()) + ", selection "
          + selection.origin() + ": " + e.getMessage(), e);
    }
  }

  private static String message(UnitRecord unit) {
    return unit.message() == null ? unit.label() + ": " + unit.outcome() : unit.message();
  }

  private static String problem(UnitRecord unit, Path file) {
    if (unit.outcome() == UnitOutcome.REPORTED) {
      return "run " + unit.runId() + " of " + unit.label() + " was reported, but its run file " + file
          + " is gone: run the tests again before the report";
    }
    if (unit.message() != null) {
      return unit.message();
    }
    return unit.runId() == null ? "no run was created for " + unit.label()
        : "run " + unit.runId() + " of " + unit.label() + " never finished";
  }

  /** {@code run_id → base_url} from the journal's {@code created} lines; a line that is not JSON is passed over. */
  static Map<String, String> baseUrls(Path outputDir) {
    Path journal = new RunJournal(outputDir).file();
    Map<String, String> urls = new HashMap<>();
    if (!Files.isRegularFile(journal)) {
      return urls;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Playgent run journal " + journal, e);
    }
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = Json.mapper().readTree(line);
      } catch (IOException e) {
        continue; // a line cut short by a killed JVM tells nothing
      }
      if (n != null && "created".equals(n.path("event").asText()) && n.hasNonNull("run_id")
          && n.hasNonNull("base_url")) {
        urls.put(n.get("run_id").asText(), n.get("base_url").asText());
      }
    }
    return urls;
  }
}
