package com.playgent.maven;

import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.maven.report.SessionRuns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written run files in the documented shape, copied into a fresh output directory, and
 * session records that list them, written through core's {@link SessionFiles}.
 */
public final class Fixtures {
  private Fixtures() {}

  public static Path mixedDir() {
    try {
      return Path.of(Fixtures.class.getResource("/fixtures/mixed").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the named runs (e.g. {@code run_a1}) of the mixed set into {@code dir/runs}; returns {@code dir}. */
  public static Path runFiles(Path dir, String... runIds) {
    try {
      Files.createDirectories(dir.resolve("runs"));
      for (String id : runIds) {
        Files.copy(mixedDir().resolve("runs/" + id + ".json"), dir.resolve("runs/" + id + ".json"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the named runs and writes one session that reported them all; returns {@code dir}. */
  public static Path playgentDir(Path dir, String... runIds) {
    runFiles(dir, runIds);
    List<UnitRecord> units = new ArrayList<>();
    for (String id : runIds) {
      units.add(reported(dir, id));
    }
    session(dir, "20260101T000000.000Z-aaaaaa", "2026-01-01T00:00:00Z", List.of(), units);
    return dir;
  }

  public static Path all(Path dir) {
    return playgentDir(dir, "run_a1", "run_b1", "run_c1", "run_d1");
  }

  /** The unit a session records for a reported run file, with its real turn counts. */
  public static UnitRecord reported(Path dir, String runId) {
    RunFiles files = new RunFiles(dir);
    Run run = files.read(files.fileOf(runId));
    int turns = 0;
    int passed = 0;
    for (RunReport r : RunReport.of(run, List.of(), "https://x/v1")) {
      for (TurnReport t : r.turns()) {
        turns++;
        passed += t.verdict().passed() ? 1 : 0;
      }
    }
    String label = run.testCase() == null ? runId : run.testCase().id();
    return UnitRecord.reported(label, runId, Obtained.LIVE, turns, passed, turns - passed, 0);
  }

  /** Writes a finished session of one selection ({@code @PlaygentCase FixtureTest.cases()}). */
  public static SessionRecord session(Path dir, String id, String startedAt, List<String> thresholds,
      List<UnitRecord> units) {
    return session(dir, id, startedAt, thresholds, List.of(), units);
  }

  /** The same, with the selection's {@code knownFailingTurns} entries. */
  public static SessionRecord session(Path dir, String id, String startedAt, List<String> thresholds,
      List<String> knownFailingTurns, List<UnitRecord> units) {
    thresholds.forEach(ScorerThreshold::parse); // a fixture with a typo fails here, not in the code under test
    SessionRecord s = new SessionRecord(SessionRecord.SCHEMA, id, "playgent-junit", startedAt,
        Instant.parse(startedAt).plusSeconds(60).toString(), "live", "api.playgent.com", null, "fail", null,
        List.of(new SelectionRecord("com.example.FixtureTest", "cases", "[engine:junit-jupiter]/[method:cases()]",
            "@PlaygentCase FixtureTest.cases()", units.stream().map(UnitRecord::label).toList(), List.of(), List.of(),
            null, thresholds, knownFailingTurns, units)));
    new SessionFiles(dir).write(s);
    return s;
  }

  /** Every session under {@code dir} and their runs. */
  public static SessionRuns runs(Path dir) {
    return SessionRuns.load(dir, "all", Instant.EPOCH);
  }
}
