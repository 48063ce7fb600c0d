package com.playgent.junit.internal;

import com.playgent.client.model.Run;
import com.playgent.client.store.AtomicFiles;
import com.playgent.client.store.RunFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.opentest4j.AssertionFailedError;

/**
 * Saved runs for replay: {@code <dir>/<unit>.json} plus {@code <unit>.json.sha256} in
 * {@code sha256sum} format, so a hand-edited recording is noticed instead of trusted.
 *
 * <p>The hash is taken with CRLF and CR read as LF: git with {@code core.autocrlf=true} rewrites
 * line endings on a Windows checkout, and that must not count as an edit. It cannot hide one
 * either: the JSON writer escapes CR and LF inside strings, so raw ones are only whitespace between
 * tokens. An LF file hashes as before, so existing checksum files still verify.
 */
final class Recordings {
  private final Path dir;

  Recordings(Path dir) {
    this.dir = dir;
  }

  Path fileOf(RunUnit unit) {
    return dir.resolve(unit.recordingName());
  }

  void save(RunUnit unit, Run run) {
    Path file = fileOf(unit);
    RunFiles.writeFile(file, run);
    try {
      byte[] bytes = Files.readAllBytes(file);
      AtomicFiles.write(sidecar(file), sha256IgnoringLineEndings(bytes) + "  " + file.getFileName() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the recording " + file, e);
    }
  }

  Run load(RunUnit unit) {
    Path file = fileOf(unit);
    if (!Files.isRegularFile(file)) {
      throw new AssertionFailedError("no recording for " + unit.describe() + ": " + file.toAbsolutePath()
          + " does not exist. Record it once with -Dplaygent.mode=record (needs the service or the emulator), "
          + "then commit the .json and .json.sha256 files.");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      Path sidecar = sidecar(file);
      if (!Files.isRegularFile(sidecar)) {
        throw new AssertionFailedError("recording " + file + " has no checksum file " + sidecar.getFileName()
            + ": record it again with -Dplaygent.mode=record");
      }
      String expected = Files.readString(sidecar, StandardCharsets.UTF_8).trim().split("\\s+")[0];
      String actual = sha256IgnoringLineEndings(bytes);
      if (!expected.equalsIgnoreCase(actual)) {
        throw new AssertionFailedError("recording " + file + " does not match its SHA-256 in " + sidecar.getFileName()
            + " (expected " + expected + ", found " + actual + "): it was changed by hand or damaged. Record it again "
            + "with -Dplaygent.mode=record instead of editing it.");
      }
      return new RunFiles(dir).read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the recording " + file, e);
    }
  }

  private static Path sidecar(Path file) {
    return file.resolveSibling(file.getFileName() + ".sha256");
  }

  static String sha256IgnoringLineEndings(byte[] bytes) {
    byte[] lf = new byte[bytes.length];
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\r') {
        lf[n++] = bytes[i];
      } else if (i + 1 == bytes.length || bytes[i + 1] != '\n') {
        lf[n++] = '\n';
      }
    }
    return sha256(Arrays.copyOf(lf, n));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
