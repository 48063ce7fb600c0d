package com.playgent.client.store;

import com.playgent.client.PlaygentResponseException;
import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code target/playgent/runs/<run_id>.json}: each fetched run exactly as the API returned it
 * (through the typed model), written atomically so a reader never sees half a file.
 */
public final class RunFiles {
  public static final String DIR_NAME = "runs";

  private final Path dir;

  public RunFiles(Path playgentDir) {
    this.dir = playgentDir.resolve(DIR_NAME);
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String runId) {
    return dir.resolve(runId + ".json");
  }

  public Path write(Run run) {
    return writeFile(fileOf(run.runId()), run);
  }

  /** Writes a run to any file, atomically, in the run file format. */
  public static Path writeFile(Path file, Run run) {
    // Streamed to the file: a run of thousands of turns is never held as one more array of bytes.
    return AtomicFiles.write(file, out -> Json.mapper().writeValue(out, run));
  }

  public Run read(Path file) {
    try {
      return Json.read(Files.readAllBytes(file), Run.class, "run file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Playgent run file " + file, e);
    } catch (PlaygentResponseException e) {
      throw new IllegalStateException("Playgent run file " + file + " is not a run: " + e.getMessage(), e);
    }
  }

  /** Every run file in the directory, oldest first; an absent directory gives an empty list. */
  public List<Path> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> list = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".json")).toList());
      list.sort((a, b) -> {
        try {
          int byTime = Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
          return byTime != 0 ? byTime : a.compareTo(b);
        } catch (IOException e) {
          return a.compareTo(b);
        }
      });
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Playgent run files in " + dir, e);
    }
  }

  public List<Run> readAll() {
    List<Run> runs = new ArrayList<>();
    for (Path p : list()) {
      runs.add(read(p));
    }
    return runs;
  }
}
