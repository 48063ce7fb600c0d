package com.playgent.core.pipeline;

import com.playgent.client.PlaygentClient;
import com.playgent.client.internal.BaseUrls;
import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The runs that last answered the units of one factory, from the session records and run files in
 * the output directory: what a re-run of single turns or containers reports instead of starting new
 * runs, so that the positions in its unique ids mean what they meant when the tree was shown.
 */
public final class EarlierRuns {
  /** A finished run that answered a unit: its id, its run file, when that file was written and by which session. */
  public record Earlier(String runId, Path runFile, Instant finishedAt, String sessionId) {}

  private final SessionFiles sessions;
  private final RunFiles runs;

  public EarlierRuns(Path outputDir) {
    this.sessions = new SessionFiles(outputDir);
    this.runs = new RunFiles(outputDir);
  }

  /**
   * Prepares, off the caller's thread, what a re-run needs first in a fresh JVM: the base URL check
   * and the JSON readers of session records and runs and the writer of session records (the mapper's
   * start is most of a re-run's own time). Called when a launch is seen to select single nodes, so
   * the preparation runs while JUnit is still discovering tests. The caller waits for the returned
   * future before it uses any of these itself, so no class is first initialised by two threads at
   * once. A failure here changes nothing: the lookup reads as usual.
   */
  public static CompletableFuture<Void> prepare() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        BaseUrls.check(PlaygentClient.DEFAULT_BASE_URL); // the settings' URL check starts the HTTP URL parser
        Json.mapper().readerFor(SessionRecord.class);
        Json.mapper().readerFor(Run.class);
        Json.mapper().writerFor(SessionRecord.class);
      } catch (RuntimeException | LinkageError ignored) {
        // the lookup itself finds out, and reports nothing either: it finds no earlier run
      } finally {
        done.complete(null);
      }
    }, "playgent-prepare-rerun");
    t.setDaemon(true);
    t.start();
    return done;
  }

  /**
   * For each of {@code units} (their labels), the run that answered it in the newest session whose
   * selection has {@code declared}'s unique id and declares the same runs, and whose run file is
   * still there.
   *
   * @param maxAge runs finished longer ago are not used; null for no limit
   * @param skipSessionId the session asking, whose own record says nothing yet
   */
  public Map<String, Earlier> find(SelectionRecord declared, Collection<String> units, Duration maxAge,
      String skipSessionId, Instant now) {
    Map<String, Earlier> found = new LinkedHashMap<>();
    if (declared.uniqueId() == null) {
      return found;
    }
    List<Path> files = sessions.list();
    for (int i = files.size() - 1; i >= 0 && found.size() < units.size(); i--) {
      Path file = files.get(i);
      if (file.getFileName().toString().equals(skipSessionId + ".json")) {
        continue;
      }
      SessionRecord session;
      try {
        session = sessions.read(file);
      } catch (RuntimeException unreadable) {
        continue; // a damaged or foreign file answers nothing
      }
      for (SelectionRecord s : session.selections()) {
        if (!declared.uniqueId().equals(s.uniqueId()) || !declared.declaresSameRunsAs(s)) {
          continue;
        }
        for (UnitRun r : s.unitRuns()) {
          if (units.contains(r.unit()) && !found.containsKey(r.unit()) && r.runId() != null) {
            earlier(r.runId(), session.sessionId(), maxAge, now).ifPresent(e -> found.put(r.unit(), e));
          }
        }
      }
    }
    return found;
  }

  private Optional<Earlier> earlier(String runId, String sessionId, Duration maxAge, Instant now) {
    if (!runId.matches("[A-Za-z0-9_.-]{1,200}") || runId.startsWith(".")) {
      return Optional.empty(); // only a plain id names a file under runs/
    }
    Path file = runs.fileOf(runId);
    try {
      Instant finished = Files.getLastModifiedTime(file).toInstant();
      if (maxAge != null && finished.isBefore(now.minus(maxAge))) {
        return Optional.empty();
      }
      return Optional.of(new Earlier(runId, file, finished, sessionId));
    } catch (IOException gone) {
      return Optional.empty();
    }
  }
}
