package com.playgent.maven.run;

import com.playgent.client.model.Run;
import com.playgent.core.outcome.Problems.Problem;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.RunVerdict;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.core.pipeline.RunUnit;
import com.playgent.maven.surefire.JUnitCase;
import com.playgent.maven.surefire.JUnitSuite;
import com.playgent.maven.surefire.SurefireXmlWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Maps what {@code playgent:run} got to Surefire suites, with the JUnit extension's names and
 * core's words, as Surefire writes the extension's: one {@code <testcase>} per turn named
 * {@link TurnReport#displayName()}; a failed turn as {@code <failure message="headline">} (one
 * line) with the class name, headline and the rest of {@link TurnReport#block()} as its body, and
 * no {@code <system-out>}; a passing turn with its block as {@code <system-out>}; a
 * {@code › run verdict} testcase only when the {@link RunVerdict} says something no turn says (the
 * run failed, erred or judged nothing); and a unit that got no run as one {@code <label> › run}
 * testcase whose outcome and words come from {@link com.playgent.core.outcome.Problems}: an
 * {@code <error>}, a {@code <failure>}, or {@code <skipped>} for a visible skip.
 */
public final class RunSuites {
  /** The {@code type} of a failed turn's {@code <failure>}: the JUnit extension's exception class. */
  public static final String TURN_FAILED = "com.playgent.junit.PlaygentTurnFailure";
  /** The {@code type} of a run that could not run or could not be fetched: the extension's error class. */
  public static final String RUN_ERROR = "com.playgent.junit.PlaygentRunError";

  private RunSuites() {}

  /** A suite and the file stem it is written under ({@code TEST-<stem>.xml}). */
  public record NamedSuite(String fileStem, JUnitSuite suite) {}

  /** One suite per test case of a finished run. */
  public static List<NamedSuite> ofRun(Run run, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<NamedSuite> suites = new ArrayList<>();
    for (RunReport report : RunReport.of(run, thresholds, baseUrl)) {
      List<TurnReport> turns = report.turns();
      suites.add(ofReport(report, turns, RunVerdict.of(report, turns, Set.of())));
    }
    return suites;
  }

  /** The suite of one test case of a run: its turns, then its verdict. */
  public static NamedSuite ofReport(RunReport report, List<TurnReport> turns, RunVerdict verdict) {
    String caseKey = report.testCase().id() != null ? report.testCase().id() : report.testCase().ref().label();
    String classname = "playgent." + SurefireXmlWriter.safeFileName(caseKey);
    String label = Text.oneLine(report.testCase().ref().label(), 80);
    List<JUnitCase> cases = new ArrayList<>();
    for (TurnReport t : turns) {
      double seconds = t.turn().metrics() == null || t.turn().metrics().latencyMs() == null ? 0
          : t.turn().metrics().latencyMs() / 1000.0;
      cases.add(t.verdict().passed()
          ? JUnitCase.passed(t.displayName(label), classname, seconds, t.block())
          : JUnitCase.failure(t.displayName(label), classname, seconds, t.headline(), TURN_FAILED,
              TURN_FAILED + ": " + t.block(), null));
    }
    if (verdict.ownTest()) {
      cases.add(verdict(verdict, label, classname));
    }
    String stem = "playgent." + SurefireXmlWriter.safeFileName(caseKey) + "."
        + SurefireXmlWriter.safeFileName(report.run().runId());
    return new NamedSuite(stem, new JUnitSuite(classname, cases));
  }

  /** The run's own verdict after its turns, as the extension's {@code › run verdict} test reports it. */
  static JUnitCase verdict(RunVerdict v, String label, String classname) {
    String name = label + " › run verdict";
    if (v.kind() == RunVerdict.Kind.ERROR) {
      return JUnitCase.error(name, classname, 0, firstLine(v.message()), RUN_ERROR, RUN_ERROR + ": " + v.message() + "\n",
          null);
    }
    return JUnitCase.failure(name, classname, 0, firstLine(v.message()), TURN_FAILED,
        TURN_FAILED + ": " + v.message() + "\n", null);
  }

  /** The suite of a unit that got no run: {@code tc_xyz789 › run}, failed, erred or skipped as core classified it. */
  public static NamedSuite ofProblem(RunUnit unit, String runId, Problem problem) {
    String label = unit.label();
    String classname = "playgent." + SurefireXmlWriter.safeFileName(label);
    String name = label + " › run";
    String message = Text.oneLine(problem.message(), 500);
    String details = problem.message() + "\n";
    JUnitCase c;
    switch (problem.severity()) {
      case SKIP:
        c = JUnitCase.skipped(name, classname, message, details);
        break;
      case FAILURE:
        c = JUnitCase.failure(name, classname, 0, message, TURN_FAILED, details, null);
        break;
      default:
        c = JUnitCase.error(name, classname, 0, message, RUN_ERROR, details, null);
    }
    String stem = "playgent." + SurefireXmlWriter.safeFileName(runId == null ? label : runId);
    return new NamedSuite(stem, new JUnitSuite(classname, List.of(c)));
  }

  /** The first line of a verdict or problem: the {@code message} attribute. */
  public static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
