package com.playgent.maven.surefire;

import java.util.List;

/**
 * One Surefire-format {@code <testsuite>}: the shape CI viewers (Jenkins, GitLab, GitHub actions
 * that read JUnit XML) and IDEs understand.
 *
 * @param name the suite name, e.g. {@code playgent-gates}
 * @param cases the test cases in order
 */
public record JUnitSuite(String name, List<JUnitCase> cases) {
  public JUnitSuite {
    cases = List.copyOf(cases);
  }

  public long failures() {
    return cases.stream().filter(c -> c.outcome() == JUnitCase.Outcome.FAILURE).count();
  }

  public long errors() {
    return cases.stream().filter(c -> c.outcome() == JUnitCase.Outcome.ERROR).count();
  }

  public long skipped() {
    return cases.stream().filter(c -> c.outcome() == JUnitCase.Outcome.SKIPPED).count();
  }

  public double timeSeconds() {
    return cases.stream().mapToDouble(JUnitCase::timeSeconds).sum();
  }
}
