package com.playgent.core.session;

import com.playgent.client.store.JsonFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code <output dir>/sessions/<session id>.json}: writes and reads session records. */
public final class SessionFiles {
  public static final String DIR_NAME = "sessions";

  private final JsonFiles<SessionRecord> files;

  public SessionFiles(Path outputDir) {
    this.files = new JsonFiles<>(outputDir.resolve(DIR_NAME), SessionRecord.class, "session record");
  }

  public Path dir() {
    return files.dir();
  }

  public Path fileOf(String sessionId) {
    return files.fileOf(sessionId);
  }

  public Path write(SessionRecord record) {
    return files.write(record.sessionId(), record);
  }

  public SessionRecord read(Path file) {
    return files.read(file);
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
    return files.list();
  }
}
