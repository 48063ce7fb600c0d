package com.playgent.core.outcome;

import com.playgent.client.PlaygentApiException;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.PlaygentException;
import com.playgent.client.PlaygentTransportException;
import com.playgent.client.store.RunJournal;
import com.playgent.core.pipeline.RecordingException;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What went wrong with a unit, in words, once: nothing matched, the service unavailable (a skip
 * when the user chose {@code on-unavailable=skip}), a test case not found, a recording that cannot
 * be trusted, or another error. Every message names the unit, the base URL and, once there is one,
 * the run id. The extension maps the result to a JUnit failure, skip or error; the plugin to
 * Surefire XML.
 */
public final class Problems {
  private Problems() {}

  /** How a front end reports a problem. */
  public enum Severity {
    /** The test fails: the user's expectation did not hold. */
    FAILURE,
    /** The test is skipped visibly. */
    SKIP,
    /** The test errs: something broke on the way. */
    ERROR
  }

  /** A classified problem: how to report it, what the session records, the words, and the cause. */
  public record Problem(Severity severity, UnitOutcome outcome, String message, Throwable cause) {}

  public static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }

  public static Problem of(RunUnit unit, String runId, Throwable error, PlaygentSettings settings, boolean allowEmpty) {
    Throwable e = unwrap(error);
    String where = unit.describe() + (runId == null ? "" : " (run " + runId + ")") + " at " + settings.baseUrl();
    if (e instanceof RecordingException) {
      return new Problem(Severity.FAILURE, UnitOutcome.ERROR, e.getMessage(), e);
    }
    if (isNothingMatched(unit, e)) {
      String text = "nothing matched " + unit.label() + (unit.agent() == null ? "" : ", agent " + unit.agent())
          + ", base URL " + settings.baseUrl() + ": " + e.getMessage()
          + ". Check the tags, or allow it with allowEmpty = true / " + SettingKeys.ALLOW_EMPTY + "=true.";
      return new Problem(allowEmpty ? Severity.SKIP : Severity.FAILURE, UnitOutcome.NOTHING_MATCHED, text, e);
    }
    if (isUnavailable(e)) {
      String text = "Playgent is unavailable for " + where + ": " + withoutFinalPeriod(e.getMessage())
          + unknownRun(e, settings);
      if (settings.skipWhenUnavailable()) {
        return new Problem(Severity.SKIP, UnitOutcome.SKIPPED_UNAVAILABLE,
            text + " (skipped: " + SettingKeys.ON_UNAVAILABLE + "=skip)", e);
      }
      return new Problem(Severity.ERROR, UnitOutcome.ERROR, text + ". To skip instead of failing while the service is "
          + "unreachable, set " + SettingKeys.ON_UNAVAILABLE + "=skip.", e);
    }
    if (e instanceof PlaygentApiException api && api.isNotFound() && unit.kind() == RunUnit.Kind.TEST_CASE) {
      return new Problem(Severity.ERROR, UnitOutcome.ERROR, "test case " + unit.testCaseId() + " was not found at "
          + settings.baseUrl() + (unit.agent() == null ? "" : " (agent " + unit.agent() + ")") + ": " + e.getMessage()
          + ". Check the test case id, and that the key belongs to the workspace that has it.", e);
    }
    if (e instanceof PlaygentException) {
      return new Problem(Severity.ERROR, UnitOutcome.ERROR, where + ": " + e.getMessage(), e);
    }
    return new Problem(Severity.ERROR, UnitOutcome.ERROR, where + ": unexpected " + e, e);
  }

  /** A plain test that used the service (a local evaluation): skipped when unavailable and the user chose skip. */
  public static String skipReasonForPlainTest(Throwable error, PlaygentSettings settings) {
    if (settings.skipWhenUnavailable() && isUnavailable(error)) {
      return "Playgent is unavailable at " + settings.baseUrl() + ": " + error.getMessage() + " (skipped: "
          + SettingKeys.ON_UNAVAILABLE + "=skip)";
    }
    return null;
  }

  /** For a create whose answer never arrived: the run it may have started is in no file of ours. */
  private static String unknownRun(Throwable e, PlaygentSettings settings) {
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

  public static boolean isUnavailable(Throwable e) {
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
