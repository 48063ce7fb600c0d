package com.playgent.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a written file is readable like any file the build creates (0644 under umask 022). */
public final class Permissions {
  private Permissions() {}

  /** Compares with a file created beside it; skipped where the file system has no POSIX permissions. */
  public static void assertUmaskDefault(Path file) throws IOException {
    assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
    Path reference = Files.createFile(file.resolveSibling("umask-reference-" + file.getFileName()));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
  }
}
