package com.playgent.maven.run;

import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.Run;
import com.playgent.core.outcome.RunReport;
import com.playgent.core.outcome.ScorerThreshold;
import com.playgent.core.outcome.Text;
import com.playgent.core.outcome.TurnReport;
import com.playgent.maven.report.Analysis;
import com.playgent.maven.surefire.JUnitCase;
import com.playgent.maven.surefire.JUnitSuite;
import com.playgent.maven.surefire.SurefireXmlWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns run outcomes into Surefire suites, with the names and messages the JUnit extension uses:
 * one {@code <testcase>} per turn named {@link TurnReport#displayName()}, a failed turn as
 * {@code <failure message="headline">} with {@link TurnReport#block()} as its body, the block as
 * {@code <system-out>} of every turn, then one {@code › run verdict} testcase per run (an
 * {@code <error>} for a run that failed on the service), and a run that could not be started or
 * fetched as one {@code <error>} testcase named {@code <test case id> › run}.
 */
public final class RunSuites {
  /** The {@code type} of a failed turn's {@code <failure>}: the JUnit extension's exception class. */
  public static final String TURN_FAILED = "com.playgent.junit.PlaygentTurnFailure";
  /** The {@code type} of a run that could not run or could not be fetched: the extension's error class. */
  public static final String RUN_ERROR = "com.playgent.junit.PlaygentRunError";

  private RunSuites() {}

  /** A suite and the file stem it is written under ({@code TEST-<stem>.xml}). */
  public record NamedSuite(String fileStem, JUnitSuite suite) {}

  public static List<NamedSuite> of(List<RunOutcome> outcomes, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<NamedSuite> suites = new ArrayList<>();
    for (RunOutcome o : outcomes) {
      if (o.fetched()) {
        suites.addAll(ofRun(o.run(), thresholds, baseUrl));
      } else {
        String label = unitLabel(o.request());
        String classname = "playgent." + SurefireXmlWriter.safeFileName(label.replace(' ', '_'));
        String message = (o.runId() == null ? "could not start a run for " : "could not fetch run " + o.runId()
            + " of ") + o.request().describeSelection() + ": " + Text.oneLine(o.errorMessage(), 500);
        String link = Analysis.trimSlash(baseUrl) + "/runs" + (o.runId() == null ? "" : "/" + o.runId());
        JUnitCase c = JUnitCase.error(label + " › run", classname, 0, message, RUN_ERROR, message + "\n  link: "
            + link + "\n", null);
        String stem = "playgent." + SurefireXmlWriter.safeFileName(o.runId() == null ? label : o.runId());
        suites.add(new NamedSuite(stem, new JUnitSuite(classname, List.of(c))));
      }
    }
    return suites;
  }

  /** {@code tc_xyz789} or {@code tags refunds, billing}, as the extension labels a run it could not report. */
  static String unitLabel(CreateRunRequest r) {
    if (r.testCaseId() != null) {
      return r.testCaseId();
    }
    if (r.testCaseIds() != null) {
      return String.join(", ", r.testCaseIds());
    }
    return "tags " + String.join(", ", r.tags());
  }

  static List<NamedSuite> ofRun(Run run, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<NamedSuite> suites = new ArrayList<>();
    for (RunReport report : RunReport.of(run, thresholds, baseUrl)) {
      String caseKey = report.testCase().id() != null ? report.testCase().id() : report.testCase().ref().label();
      String classname = "playgent." + SurefireXmlWriter.safeFileName(caseKey);
      String label = Text.oneLine(report.testCase().ref().label(), 80);
      List<JUnitCase> cases = new ArrayList<>();
      for (TurnReport t : report.turns()) {
        double seconds = t.turn().metrics() == null || t.turn().metrics().latencyMs() == null ? 0
            : t.turn().metrics().latencyMs() / 1000.0;
        String block = t.block();
        cases.add(t.verdict().passed()
            ? JUnitCase.passed(t.displayName(label), classname, seconds, block)
            : JUnitCase.failure(t.displayName(label), classname, seconds, t.headline(), TURN_FAILED, block, block));
      }
      cases.add(verdict(report, label, classname));
      String stem = "playgent." + SurefireXmlWriter.safeFileName(caseKey) + "." + SurefireXmlWriter.safeFileName(
          run.runId());
      suites.add(new NamedSuite(stem, new JUnitSuite(classname, cases)));
    }
    return suites;
  }

  /** The run's own verdict after its turns, worded as the extension's {@code › run verdict} test. */
  static JUnitCase verdict(RunReport report, String label, String classname) {
    String name = label + " › run verdict";
    String out = "playgent: " + report.caseLabel() + " · run " + report.run().runId() + " · " + report.summary()
        + "\n  link: " + report.link() + "\n";
    String problem = report.problem();
    if (report.failedToRun() || !report.run().isTerminal()) {
      return JUnitCase.error(name, classname, 0, problem, RUN_ERROR, problem + "\n  link: " + report.link() + "\n",
          out);
    }
    if (problem == null) {
      return JUnitCase.passed(name, classname, 0, out);
    }
    StringBuilder text = new StringBuilder(problem).append('\n');
    for (TurnReport t : report.turns()) {
      if (!t.verdict().passed()) {
        text.append("  ").append(t.headline()).append('\n');
      }
    }
    text.append("  link: ").append(report.link()).append('\n');
    return JUnitCase.failure(name, classname, 0, problem, TURN_FAILED, text.toString(), out);
  }
}
