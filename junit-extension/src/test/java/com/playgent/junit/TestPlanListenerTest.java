package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Through a real Launcher (as Surefire and IDEs use it): runs start with the plan, one summary line at the end, on the console, outside every test's output. */
class TestPlanListenerTest {
  @PlaygentTest
  static class FirstClass {
    @PlaygentCase("tc_refund")
    PlaygentRuns refund(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class SecondClass {
    @PlaygentCase("tc_invoice")
    PlaygentRuns invoice(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void every_declared_run_starts_when_the_plan_starts_and_the_plan_ends_with_a_summary() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
          .configurationParameters(fixture.parameters())
          .build();
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener summary = new SummaryGeneratingListener();
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream original = System.out;
      PrintStream originalErr = System.err;
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        launcher.execute(request, summary);
      } finally {
        System.setOut(original);
        System.setErr(originalErr);
      }

      assertThat(summary.getSummary().getTestsFoundCount()).as("3 + 1 turns, no run verdicts").isEqualTo(4);
      List<String> journal = fixture.journal();
      long createdBeforeFirstFinish = journal.stream().takeWhile(l -> !l.contains("\"event\":\"finished\""))
          .filter(l -> l.contains("\"event\":\"created\"")).count();
      assertThat(createdBeforeFirstFinish).as("both runs created before either finished: %s", journal).isEqualTo(2);
      assertThat(captured.toString(StandardCharsets.UTF_8))
          .as("the session's lines go to the console (native standard error), never into a test's captured output")
          .doesNotContain("playgent:");
    }
  }
}
