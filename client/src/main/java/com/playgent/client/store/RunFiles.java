package com.playgent.client.store;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code target/playgent/runs/<run_id>.json}: each fetched run exactly as the API returned it
 * (through the typed model), written atomically so a reader never sees half a file.
 */
public final class RunFiles {
  public static final String DIR_NAME = "runs";

  private final JsonFiles<Run> files;

  public RunFiles(Path playgentDir) {
    this.files = new JsonFiles<>(playgentDir.resolve(DIR_NAME), Run.class, "run");
  }

  public Path dir() {
    return files.dir();
  }

  public Path fileOf(String runId) {
    return files.fileOf(runId);
  }

  /**
   * Writes the run's file: streamed through the typed model straight into the file's buffer, on one
   * line (no pretty printer: a run of 5,000 turns is megabytes, read by programs, not people).
   */
  public Path write(Run run) {
    return AtomicFiles.write(files.fileOf(run.runId()), out -> COMPACT.writeValue(out, run));
  }

  private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  /** Writes a run to any file, atomically, in the run file format (indented: a recording is read in reviews). */
  public static Path writeFile(Path file, Run run) {
    return JsonFiles.writeFile(file, run);
  }

  public Run read(Path file) {
    return files.read(file);
  }

  /** Every run file in the directory, oldest first; an absent directory gives an empty list. */
  public List<Path> list() {
    List<Path> list = files.list();
    list.sort((a, b) -> {
      try {
        int byTime = Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
        return byTime != 0 ? byTime : a.compareTo(b);
      } catch (IOException e) {
        return a.compareTo(b);
      }
    });
    return list;
  }

  public List<Run> readAll() {
    List<Run> runs = new ArrayList<>();
    for (Path p : list()) {
      runs.add(read(p));
    }
    return runs;
  }
}
