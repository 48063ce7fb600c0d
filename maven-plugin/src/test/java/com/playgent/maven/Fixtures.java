package com.playgent.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Hand-written run files in the documented shape, copied into a fresh playgent directory. */
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
  public static Path playgentDir(Path dir, String... runIds) {
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

  public static Path all(Path dir) {
    return playgentDir(dir, "run_a1", "run_b1", "run_c1", "run_d1");
  }
}
