package com.playgent.maven.run;

import com.playgent.client.model.Run;
import com.playgent.client.report.RunReport;
import com.playgent.client.report.ScorerThreshold;
import com.playgent.client.report.Text;
import com.playgent.client.report.TurnReport;
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
 * {@code <system-out>} of every turn, and a run that could not run as {@code <error>}.
 */
public final class RunSuites {
  /** The {@code type} of a failed turn's {@code <failure>}. */
  public static final String TURN_FAILED = "playgent.TurnFailed";
  /** The {@code type} of a run that could not run or could not be fetched. */
  public static final String RUN_ERROR = "playgent.RunError";

  private RunSuites() {}

  /** A suite and the file stem it is written under ({@code TEST-<stem>.xml}). */
  public record NamedSuite(String fileStem, JUnitSuite suite) {}

  public static List<NamedSuite> of(List<RunOutcome> outcomes, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<NamedSuite> suites = new ArrayList<>();
    for (RunOutcome o : outcomes) {
      if (o.fetched()) {
        suites.addAll(ofRun(o.run(), thresholds, baseUrl));
      } else {
        String what = o.request().describeSelection();
        String classname = "playgent." + SurefireXmlWriter.safeFileName(what.replace(' ', '_'));
        String name = Text.oneLine(what, 100) + " › run " + (o.runId() == null ? "(not created)" : o.runId());
        String message = (o.runId() == null ? "could not start a run for " : "could not fetch run " + o.runId()
            + " of ") + what + ": " + Text.oneLine(o.errorMessage(), 500);
        JUnitCase c = JUnitCase.error(name, classname, 0, message, RUN_ERROR, message + "\n", message + "\n");
        String stem = "playgent." + (o.runId() == null ? SurefireXmlWriter.safeFileName(what) : o.runId());
        suites.add(new NamedSuite(stem, new JUnitSuite(classname, List.of(c))));
      }
    }
    return suites;
  }

  static List<NamedSuite> ofRun(Run run, Collection<ScorerThreshold> thresholds, String baseUrl) {
    List<NamedSuite> suites = new ArrayList<>();
    for (RunReport report : RunReport.of(run, thresholds, baseUrl)) {
      String caseKey = report.testCase().id() != null ? report.testCase().id() : report.testCase().ref().label();
      String classname = "playgent." + SurefireXmlWriter.safeFileName(caseKey);
      List<JUnitCase> cases = new ArrayList<>();
      List<TurnReport> turns = report.turns();
      for (TurnReport t : turns) {
        double seconds = t.turn().metrics() == null || t.turn().metrics().latencyMs() == null ? 0
            : t.turn().metrics().latencyMs() / 1000.0;
        String block = t.block();
        cases.add(t.verdict().passed()
            ? JUnitCase.passed(t.displayName(), classname, seconds, block)
            : JUnitCase.failure(t.displayName(), classname, seconds, t.headline(), TURN_FAILED, block, block));
      }
      String problem = report.problem();
      String runName = Text.oneLine(report.testCase().ref().label(), 80) + " › run " + run.runId();
      if (report.failedToRun() || !run.isTerminal()) {
        cases.add(JUnitCase.error(runName, classname, 0, problem, RUN_ERROR, problem + "\n  link: " + report.link()
            + "\n", null));
      } else if (turns.isEmpty() || (problem != null && turns.stream().allMatch(t -> t.verdict().passed()))) {
        // Nothing judged, or the service failed the run although every listed turn passed.
        cases.add(JUnitCase.failure(runName, classname, 0, problem, TURN_FAILED, problem + "\n  link: "
            + report.link() + "\n", null));
      }
      String stem = "playgent." + SurefireXmlWriter.safeFileName(caseKey) + "." + SurefireXmlWriter.safeFileName(
          run.runId());
      suites.add(new NamedSuite(stem, new JUnitSuite(classname, cases)));
    }
    return suites;
  }
}
