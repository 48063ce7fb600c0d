package com.playgent.junit.internal;

import com.playgent.client.PlaygentApiException;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.PlaygentException;
import com.playgent.client.PlaygentTransportException;
import com.playgent.client.store.RunJournal;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRunError;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns what went wrong with a unit into the JUnit outcome of its node: a failure for "nothing
 * matched" and missing recordings, a skip when the user chose {@code on-unavailable=skip} and
 * the service is out of reach, an error for everything else. Every message names the unit, the
 * base URL and, once there is one, the run id.
 */
public final class Failures {
  private Failures() {}

  /**
   * What a plain test that used the service (e.g. a local evaluation) should throw for {@code error}:
   * a visible skip when the service is out of reach and the user chose {@code on-unavailable=skip},
   * otherwise the error itself.
   */
  public static Throwable forPlainTest(Throwable error, Settings settings) {
    if (settings.skipWhenUnavailable() && isUnavailable(error)) {
      return new TestAbortedException("Playgent is unavailable at " + settings.baseUrl() + ": " + error.getMessage()
          + " (skipped: " + PlaygentConfig.ON_UNAVAILABLE + "=skip)");
    }
    return error;
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  static Throwable outcome(RunUnit unit, String runId, Throwable error, Settings settings, boolean allowEmpty) {
    Throwable e = unwrap(error);
    String where = unit.describe() + (runId == null ? "" : " (run " + runId + ")") + " at " + settings.baseUrl();
    if (e instanceof AssertionFailedError || e instanceof TestAbortedException) {
      return e;
    }
    if (isNothingMatched(unit, e)) {
      String text = "nothing matched " + unit.label() + (unit.agent() == null ? "" : ", agent " + unit.agent())
          + ", base URL " + settings.baseUrl() + ": " + e.getMessage()
          + ". Check the tags, or allow it with allowEmpty = true / " + PlaygentConfig.ALLOW_EMPTY + "=true.";
      return allowEmpty ? new TestAbortedException(text) : new AssertionFailedError(text);
    }
    if (isUnavailable(e)) {
      String text = "Playgent is unavailable for " + where + ": " + withoutFinalPeriod(e.getMessage())
          + unknownRun(e, settings);
      if (settings.skipWhenUnavailable()) {
        return new TestAbortedException(text + " (skipped: " + PlaygentConfig.ON_UNAVAILABLE + "=skip)");
      }
      return new PlaygentRunError(text + ". To skip instead of failing while the service is unreachable, set "
          + PlaygentConfig.ON_UNAVAILABLE + "=skip.", e);
    }
    if (e instanceof PlaygentApiException api && api.isNotFound() && unit.kind() == RunUnit.Kind.TEST_CASE) {
      return new PlaygentRunError("test case " + unit.testCaseId() + " was not found at " + settings.baseUrl()
          + (unit.agent() == null ? "" : " (agent " + unit.agent() + ")") + ": " + e.getMessage()
          + ". Check the id in @PlaygentCase, and that the key belongs to the workspace that has it.", e);
    }
    if (e instanceof PlaygentException) {
      return new PlaygentRunError(where + ": " + e.getMessage(), e);
    }
    return new PlaygentRunError(where + ": unexpected " + e, e);
  }

  /** For a create whose answer never arrived: the run it may have started is in no file of ours. */
  private static String unknownRun(Throwable e, Settings settings) {
    if (!(e instanceof PlaygentTransportException t) || !t.mayHaveBeenProcessed()
        || !"POST /v1/runs".equals(t.request())) {
      return "";
    }
    return ". Such a run is not in " + settings.outputDir().resolve(RunJournal.FILE_NAME)
        + ", which records only the run ids the service returned: look for it on the service if every run must be"
        + " accounted for";
  }

  private static String withoutFinalPeriod(String s) {
    return s != null && s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static boolean isUnavailable(Throwable e) {
    if (e instanceof PlaygentTransportException) {
      return true;
    }
    if (e instanceof PlaygentConfigurationException c) {
      return c.getMessage() != null && c.getMessage().startsWith("no Playgent API key");
    }
    if (e instanceof PlaygentApiException api) {
      return api.isUnauthorized() || api.httpStatus() == 429 || api.httpStatus() >= 500;
    }
    return false;
  }

  private static boolean isNothingMatched(RunUnit unit, Throwable e) {
    if (unit.kind() != RunUnit.Kind.TAGS || !(e instanceof PlaygentApiException api)) {
      return false;
    }
    return api.httpStatus() == 400 || api.httpStatus() == 404 || api.httpStatus() == 422;
  }
}
