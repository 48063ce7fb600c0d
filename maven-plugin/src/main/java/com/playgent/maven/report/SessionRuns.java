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
 * @param baseUrls the base URL each run was created on, from the journal's {@code created} lines
 */
public record SessionRuns(Path directory, SessionSet sessions, List<JudgedRun> runs, List<UnitWithoutRun> withoutRun,
    Map<String, String> baseUrls) {

  /**
   * A run with the client-side thresholds and the known failing turns of the selection that
   * reported it, so the report judges each turn as JUnit did.
   */
  public record JudgedRun(Run run, List<ScorerThreshold> thresholds, KnownFailingTurns knownFailing) {
    public JudgedRun {
      thresholds = List.copyOf(thresholds);
    }

    /** A run judged without known failing turns (the {@code run} goal records none). */
    public JudgedRun(Run run, List<ScorerThreshold> thresholds) {
      this(run, thresholds, new KnownFailingTurns(List.of()));
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

  /** The base URL a run was created on, else {@code fallback}. */
  public String baseUrlOf(String runId, String fallback) {
    String url = runId == null ? null : baseUrls.get(runId);
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
