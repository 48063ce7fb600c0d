package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.playgent.core.session.Obtained;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitOutcome;
import com.playgent.core.session.UnitRecord;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Through a real Launcher: each launcher session writes one session record, and no run is paid
 * for a factory that will not execute.
 */
class SessionRecordTest {
  @PlaygentTest
  static class Mixed {
    @PlaygentCase("tc_pass")
    Stream<DynamicNode> greeting(PlaygentRuns runs) {
      return runs.stream();
    }

    @Disabled("not now")
    @PlaygentCase("tc_invoice")
    Stream<DynamicNode> disabled(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  @Disabled("the whole class")
  @PlaygentTest
  static class DisabledClass {
    @PlaygentCase("tc_invoice")
    Stream<DynamicNode> invoice(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  @PlaygentTest
  static class Conditional {
    @EnabledIfSystemProperty(named = "playgent.test.never-set", matches = "yes")
    @PlaygentCase("tc_invoice")
    Stream<DynamicNode> invoice(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  private static SummaryGeneratingListener launch(EmulatorFixture fixture, Class<?>... classes) {
    LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
        .configurationParameters(fixture.parameters());
    for (Class<?> c : classes) {
      builder.selectors(selectClass(c));
    }
    LauncherDiscoveryRequest request = builder.build();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, summary);
    return summary;
  }

  @Test
  void disabled_and_unmet_conditional_factories_create_no_run() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      SummaryGeneratingListener summary = launch(fixture, Mixed.class, DisabledClass.class, Conditional.class);

      assertThat(summary.getSummary().getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": "
          + f.getException().getMessage()).isEmpty();
      assertThat(summary.getSummary().getTestsSucceededCount()).as("tc_pass's turns and verdict").isPositive();
      assertThat(fixture.emulator.stats().runsCreated()).as("only tc_pass ran").isEqualTo(1);
      assertThat(fixture.journal()).filteredOn(l -> l.contains("\"created\"")).singleElement()
          .asString().contains("tc_pass");
    }
  }

  @Test
  void one_launcher_session_writes_one_session_record_with_every_unit_and_how_its_run_was_obtained() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      launch(fixture, Mixed.class, TestPlanListenerTest.FirstClass.class);

      List<SessionRecord> sessions = new SessionFiles(fixture.outputDir).readAll();
      assertThat(sessions).singleElement().satisfies(s -> {
        assertThat(s.producer()).isEqualTo("playgent-junit");
        assertThat(s.endedAt()).isNotNull();
        assertThat(s.mode()).isEqualTo("live");
        assertThat(s.baseUrlHost()).isEqualTo(java.net.URI.create(fixture.baseUrl()).getHost() + ":"
            + java.net.URI.create(fixture.baseUrl()).getPort());
        assertThat(s.selections()).extracting(sel -> sel.testClass() + "." + sel.method())
            .containsExactlyInAnyOrder(Mixed.class.getName() + ".greeting",
                TestPlanListenerTest.FirstClass.class.getName() + ".refund");
        assertThat(s.units()).extracting(UnitRecord::obtained).containsOnly(Obtained.LIVE);
        assertThat(s.units()).extracting(UnitRecord::outcome).containsOnly(UnitOutcome.REPORTED);
        assertThat(s.units()).extracting(UnitRecord::runId)
            .containsExactlyInAnyOrderElementsOf(fixture.emulator.stats().createdRunIds());
      });
    }
  }

  @Test
  void an_unreachable_service_with_skip_is_recorded_as_skipped_because_unavailable() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(Mixed.class))
          .configurationParameters(fixture.parameters(PlaygentConfig.BASE_URL, "http://127.0.0.1:9/v1",
              PlaygentConfig.ON_UNAVAILABLE, "skip", PlaygentConfig.READ_TIMEOUT, "2s"))
          .build();
      SummaryGeneratingListener summary = new SummaryGeneratingListener();
      LauncherFactory.create().execute(request, summary);

      assertThat(summary.getSummary().getTestsFailedCount()).isZero();
      SessionRecord s = new SessionFiles(fixture.outputDir).readAll().get(0);
      assertThat(s.onUnavailable()).isEqualTo("skip");
      assertThat(s.units()).singleElement().satisfies(u -> {
        assertThat(u.outcome()).isEqualTo(UnitOutcome.SKIPPED_UNAVAILABLE);
        assertThat(u.runId()).isNull();
        assertThat(u.message()).startsWith("Playgent is unavailable for test case tc_pass at http://127.0.0.1:9/v1");
      });
    }
  }
}
