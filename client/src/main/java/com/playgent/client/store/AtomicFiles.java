package com.playgent.client.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * Write a file atomically: into a temporary sibling, then renamed over the target, so a reader
 * never sees half a file. The one atomic writer of the extension and the plugin (run files,
 * recordings, reports, {@code TEST-*.xml}).
 *
 * <p>The file gets the permissions of any file the build creates (0644 under umask 022), not
 * {@code Files.createTempFile}'s 0600: a CI report publisher running as another user must read it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Bytes written to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes {@code text} as UTF-8. */
  public static Path write(Path target, String text) {
    return write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path target, byte[] bytes) {
    return write(target, out -> out.write(bytes));
  }

  /**
   * Writes what {@code content} writes, creating the directory.
   *
   * @throws UncheckedIOException naming the target; the temporary file is gone and the target untouched
   */
  public static Path write(Path target, Content content) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve(target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + ".tmp");
    try {
      Files.createDirectories(dir);
      // CREATE_NEW applies the umask like any new file, and never follows a planted link.
      OutputStream file = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        try (OutputStream out = new BufferedOutputStream(file, 64 * 1024)) {
          content.writeTo(out);
        }
        move(tmp, target);
      } catch (Throwable e) {
        deleteQuietly(tmp);
        throw e;
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e, e);
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Some file systems (network shares, some containers) cannot rename atomically: still replace.
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // The failure that got us here is the one to report; a stray .tmp file harms no reader.
    }
  }
}
