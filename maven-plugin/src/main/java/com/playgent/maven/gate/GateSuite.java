package com.playgent.maven.gate;

import com.playgent.maven.surefire.JUnitCase;
import com.playgent.maven.surefire.JUnitSuite;
import java.util.ArrayList;
import java.util.List;

/**
 * The gates as a JUnit suite: one {@code <testcase>} per gate, a {@code <failure>} for each failed
 * one, {@code <skipped>} for each when nothing could be judged.
 */
public final class GateSuite {
  /** The suite name and file stem: {@code TEST-playgent-gates.xml}. */
  public static final String NAME = "playgent-gates";
  /** The classname every gate testcase is grouped under. */
  public static final String CLASSNAME = "playgent.gates";

  private GateSuite() {}

  public static JUnitSuite of(GateResults results) {
    List<JUnitCase> cases = new ArrayList<>();
    for (GateResult r : results.results()) {
      String out = r.message() + "\n  actual: " + r.actual() + "\n  limit:  " + r.limit() + "\n";
      cases.add(r.passed()
          ? JUnitCase.passed(r.name(), CLASSNAME, 0, out)
          : JUnitCase.failure(r.name(), CLASSNAME, 0, r.message(), "playgent.GateFailed", out, out));
    }
    return new JUnitSuite(NAME, cases);
  }

  /** Every gate as a skipped testcase, when there was nothing to judge and that is no failure. */
  public static JUnitSuite skipped(GateResults unjudged, String why) {
    List<JUnitCase> cases = new ArrayList<>();
    for (GateResult r : unjudged.results()) {
      cases.add(JUnitCase.skipped(r.name(), CLASSNAME, why, null));
    }
    return new JUnitSuite(NAME, cases);
  }
}
