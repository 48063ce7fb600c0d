package com.playgent.core.session;

import com.playgent.client.PlaygentResponseException;
import com.playgent.client.internal.Json;
import com.playgent.client.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code <output dir>/sessions/<session id>.json}: writes and reads session records. */
public final class SessionFiles {
  public static final String DIR_NAME = "sessions";

  private final Path dir;

  public SessionFiles(Path outputDir) {
    this.dir = outputDir.resolve(DIR_NAME);
  }

  public Path dir() {
    return dir;
  }

  public Path fileOf(String sessionId) {
    return dir.resolve(sessionId + ".json");
  }

  public Path write(SessionRecord record) {
    Path file = fileOf(record.sessionId());
    AtomicFiles.write(file, out -> Json.mapper().writeValue(out, record));
    return file;
  }

  public SessionRecord read(Path file) {
    try {
      return Json.read(Files.readAllBytes(file), SessionRecord.class, "session file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Playgent session file " + file, e);
    } catch (PlaygentResponseException e) {
      throw new IllegalStateException("Playgent session file " + file + " is not a session record: " + e.getMessage(),
          e);
    }
  }

  /** Every session in the directory, oldest first (ids sort by start time); none when it does not exist. */
  public List<SessionRecord> readAll() {
    List<SessionRecord> out = new ArrayList<>();
    for (Path p : list()) {
      out.add(read(p));
    }
    return out;
  }

  /** The session files, oldest first; none when the directory does not exist. */
  public List<Path> list() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list Playgent sessions in " + dir, e);
    }
  }
}
