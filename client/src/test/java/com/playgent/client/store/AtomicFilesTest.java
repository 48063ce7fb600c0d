package com.playgent.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.playgent.client.internal.Json;
import com.playgent.client.model.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path dir;

  @Test
  void should_write_a_run_file_readable_by_everyone_the_umask_allows() throws IOException {
    Run run = Json.read("{\"run_id\":\"run_1\",\"status\":\"completed\"}".getBytes(), Run.class, "test");
    Path file = new RunFiles(dir).write(run);

    assertThat(new RunFiles(dir).read(file).runId()).isEqualTo("run_1");
    assertUmaskDefaultPermissions(file);
  }

  @Test
  void should_replace_an_owner_only_file_with_the_umask_default() throws IOException {
    assumePosix();
    Path file = Files.writeString(dir.resolve("summary.md"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

    AtomicFiles.write(file, "new");

    assertThat(file).hasContent("new");
    assertUmaskDefaultPermissions(file);
  }

  @Test
  void should_create_the_directory() {
    Path file = AtomicFiles.write(dir.resolve("a/b/TEST-x.xml"), "<testsuite/>");

    assertThat(file).hasContent("<testsuite/>");
  }

  @Test
  void should_leave_the_target_and_no_temporary_file_when_writing_fails() throws IOException {
    Path file = Files.writeString(dir.resolve("run.json"), "before");

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("half".getBytes());
      throw new IOException("disk full");
    })).isInstanceOf(UncheckedIOException.class).hasMessageContaining(file.toString()).hasMessageContaining("disk full");

    assertThat(file).hasContent("before");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  private void assertUmaskDefaultPermissions(Path file) throws IOException {
    assumePosix();
    Path reference = Files.createFile(dir.resolve("created-by-the-umask"));
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(reference));
  }

  private void assumePosix() {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
  }
}
