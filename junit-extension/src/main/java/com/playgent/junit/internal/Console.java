package com.playgent.junit.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Where the session's own lines go (progress, each run's summary, retry notices, the totals): the
 * process's standard error as the operating system gave it, not {@code System.err}. Test runners
 * that record output per test (Surefire, Gradle) replace {@code System.out} and {@code System.err}
 * and charge whatever is written to whichever test runs next; Surefire prints a forked JVM's native
 * standard error on the build's console as it is, in no test's {@code <system-out>} or
 * {@code <system-err>}.
 */
public final class Console {
  private Console() {}

  /** A new stream on the native standard error, flushed per line, in the platform's charset. */
  public static PrintStream outsideTestOutput() {
    return new PrintStream(new FileOutputStream(FileDescriptor.err), true, Charset.defaultCharset());
  }
}
