package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.playgent.core.session.Obtained;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.emulator.EmulatorStats;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Re-running single nodes the way IDEs do: a launcher from {@code LauncherFactory.create()} (which
 * service-loads the extension's listeners) given unique ids that reach into a factory. The re-run
 * reports the runs that produced the nodes, asks nothing of the service, and fails a stale id.
 */
class IdeRerunTest {
  static final String ENGINE = "[engine:junit-jupiter]";
  static final String FACTORY = "(com.playgent.junit.PlaygentRuns)]";

  @PlaygentTest
  static class Refund {
    @PlaygentCase("tc_refund")
    Stream<DynamicNode> refund(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  @PlaygentCase(tags = "billing")
  static class Billing implements PlaygentSuite {}

  @PlaygentTest
  static class TwoCases {
    @PlaygentCase({"tc_pass", "tc_invoice"})
    Stream<DynamicNode> two(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  /** What one launch did: each finished node by unique id, with its result, and what the session printed. */
  record Launch(Map<String, TestExecutionResult> finished, Map<String, TestIdentifier> nodes, String console) {
    List<String> tests() {
      return nodes.values().stream().filter(TestIdentifier::isTest).filter(t -> finished.containsKey(t.getUniqueId()))
          .map(TestIdentifier::getDisplayName).toList();
    }

    TestExecutionResult result(String displayNamePrefix) {
      return nodes.values().stream().filter(TestIdentifier::isTest)
          .filter(t -> t.getDisplayName().startsWith(displayNamePrefix))
          .map(t -> finished.get(t.getUniqueId())).filter(r -> r != null).findFirst()
          .orElseThrow(() -> new AssertionError("no finished " + displayNamePrefix + " among " + tests()));
    }
  }

  private EmulatorFixture fixture;

  @BeforeEach
  void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private Launch launch(DiscoverySelector selector, String... extra) {
    Map<String, TestExecutionResult> finished = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    Map<String, TestIdentifier> nodes = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void dynamicTestRegistered(TestIdentifier id) {
        nodes.put(id.getUniqueId(), id);
      }

      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        nodes.put(id.getUniqueId(), id);
        finished.put(id.getUniqueId(), result);
      }
    };
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selector)
          .configurationParameters(fixture.parameters(extra)).build(), listener);
    } finally {
      System.setOut(original);
    }
    return new Launch(finished, nodes, console.toString(StandardCharsets.UTF_8));
  }

  static String factory(Class<?> type, String method) {
    return ENGINE + "/[class:" + type.getName() + "]/[test-factory:" + method + FACTORY;
  }

  private long[] counts() {
    EmulatorStats stats = fixture.emulator.stats();
    return new long[] {stats.runsCreated(), stats.totalRequests()};
  }

  @Test
  void re_running_the_failed_turn_reports_the_same_failure_from_its_run_and_asks_nothing_of_the_service() {
    Launch full = launch(selectClass(Refund.class));
    String runId = fixture.emulator.stats().createdRunIds().get(0);
    String failedTurn = full.tests().get(1);
    assertThat(full.result(failedTurn).getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    long[] before = counts();

    Launch one = launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#1]/[dynamic-test:#2]"));

    assertThat(counts()).as("runs created, requests").containsExactly(before);
    assertThat(one.tests()).containsExactly(failedTurn);
    assertThat(one.result(failedTurn).getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    // The same failure from the same run: its body (the block) names the run. The session's console
    // line ("reporting run ... again", how old, how to force a fresh run) is read by IdeLoopIT.
    assertThat(one.result(failedTurn).getThrowable().orElseThrow().toString())
        .isEqualTo(full.result(failedTurn).getThrowable().orElseThrow().toString()).contains(runId);
  }

  @Test
  void re_running_one_container_reports_all_its_turns_and_its_verdict_from_the_same_run() {
    Launch full = launch(selectClass(Refund.class));
    long[] before = counts();

    Launch container = launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#1]"));

    assertThat(counts()).containsExactly(before);
    assertThat(container.tests()).as("three turns; the failing turn says all, so no run verdict")
        .containsExactlyElementsOf(full.tests()).hasSize(3);
  }

  @Test
  void one_turn_of_a_tag_selection_and_of_a_two_case_factory_reuse_their_runs() {
    Launch billing = launch(selectClass(Billing.class));
    Launch two = launch(selectClass(TwoCases.class));
    long[] before = counts();

    Launch tagTurn = launch(selectUniqueId(factory(Billing.class, "playgent") + "/[dynamic-container:#2]/[dynamic-test:#1]"));
    Launch caseTurn = launch(selectUniqueId(factory(TwoCases.class, "two") + "/[dynamic-container:#2]/[dynamic-test:#1]"));

    assertThat(counts()).containsExactly(before);
    List<String> billingContainers = containers(billing);
    assertThat(billingContainers).hasSize(2);
    assertThat(tagTurn.tests()).singleElement().asString().startsWith(billingContainers.get(1).replaceAll(" \\(.*", ""));
    assertThat(caseTurn.tests()).singleElement().asString().startsWith("Invoice");
    assertThat(two.tests()).contains(caseTurn.tests().get(0));
  }

  @Test
  void a_stale_container_or_turn_fails_naming_the_id_what_the_run_has_and_how_to_refresh() {
    launch(selectClass(Refund.class));
    long[] before = counts();

    Launch container = launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#3]"));
    Launch turn = launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#1]/[dynamic-test:#9]"));

    assertThat(counts()).containsExactly(before);
    TestExecutionResult staleContainer = container.result("stale selection");
    assertThat(staleContainer.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(staleContainer.getThrowable().orElseThrow().getMessage())
        .startsWith("@PlaygentCase Refund.refund(): [dynamic-container:#3] was selected, but the runs reported here")
        .contains("have 1 container: #1 Refund", "run the whole test method or class to refresh the tree",
            "-Dplaygent.reuse-runs=off");
    TestExecutionResult staleTurn = turn.result("stale selection");
    assertThat(staleTurn.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
    assertThat(staleTurn.getThrowable().orElseThrow().getMessage())
        .contains("[dynamic-container:#1]/[dynamic-test:#9] was selected", "has 3 nodes (its turns)");
    assertThat(turn.tests()).singleElement().asString().startsWith("stale selection [dynamic-test:#9]");
  }

  @Test
  void with_no_earlier_run_only_the_units_the_selection_reaches_start() {
    Launch turn = launch(selectUniqueId(factory(TwoCases.class, "two") + "/[dynamic-container:#2]/[dynamic-test:#1]"));

    assertThat(fixture.emulator.stats().runsCreated()).as("tc_invoice only").isEqualTo(1);
    assertThat(fixture.journal()).filteredOn(l -> l.contains("\"created\"")).singleElement().asString()
        .contains("tc_invoice");
    assertThat(turn.tests()).singleElement().asString().startsWith("Invoice");
    assertThat(turn.result("Invoice").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
  }

  @Test
  void reuse_runs_off_starts_a_fresh_run_and_a_whole_class_always_does() {
    launch(selectClass(Refund.class));
    launch(selectClass(Refund.class));
    assertThat(fixture.emulator.stats().runsCreated()).as("a whole class runs fresh").isEqualTo(2);

    Launch fresh = launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#1]/[dynamic-test:#1]"),
        PlaygentConfig.REUSE_RUNS, "off");

    assertThat(fixture.emulator.stats().runsCreated()).as("off: a fresh run even for one turn").isEqualTo(3);
    assertThat(fresh.tests()).singleElement().asString().startsWith("Refund Flow › turn 1");
  }

  @Test
  void the_re_run_reports_the_latest_run_and_records_how_it_got_it() {
    launch(selectClass(Refund.class));
    launch(selectClass(Refund.class));
    String latest = fixture.emulator.stats().createdRunIds().get(1);

    launch(selectUniqueId(factory(Refund.class, "refund") + "/[dynamic-container:#1]/[dynamic-test:#1]"));

    List<SessionRecord> sessions = new SessionFiles(fixture.outputDir).readAll();
    assertThat(sessions).hasSize(3);
    SessionRecord rerun = sessions.get(2);
    assertThat(rerun.units()).extracting(UnitRecord::runId, UnitRecord::obtained)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(latest, Obtained.REUSED));
    assertThat(rerun.selections().get(0).unitRuns()).singleElement()
        .satisfies(r -> assertThat(r.runId()).isEqualTo(latest));
  }

  @Test
  void a_run_container_opens_its_factory_and_turns_keep_their_run_links() {
    Launch full = launch(selectClass(Refund.class));
    Launch suite = launch(selectClass(Billing.class));

    TestIdentifier container = full.nodes().values().stream().filter(TestIdentifier::isContainer)
        .filter(t -> t.getUniqueId().endsWith("[dynamic-container:#1]")).findFirst().orElseThrow();
    assertThat(container.getSource()).get().isInstanceOfSatisfying(MethodSource.class, m -> {
      assertThat(m.getClassName()).isEqualTo(Refund.class.getName());
      assertThat(m.getMethodName()).isEqualTo("refund");
      assertThat(m.getMethodParameterTypes()).isEqualTo(PlaygentRuns.class.getName());
    });
    assertThat(full.nodes().values().stream().filter(TestIdentifier::isTest).map(t -> t.getSource().orElseThrow()))
        .allSatisfy(s -> assertThat(s).isInstanceOfSatisfying(UriSource.class,
            u -> assertThat(u.getUri().getScheme()).isEqualTo("http")));
    assertThat(suite.nodes().values().stream().filter(TestIdentifier::isContainer)
        .filter(t -> t.getUniqueId().contains("[dynamic-container:")).map(t -> t.getSource().orElseThrow()))
        .isNotEmpty().allSatisfy(s -> assertThat(s).isInstanceOfSatisfying(ClassSource.class,
            c -> assertThat(c.getClassName()).isEqualTo(Billing.class.getName())));
  }

  private static List<String> containers(Launch launch) {
    List<String> names = new ArrayList<>();
    launch.nodes().values().stream().filter(TestIdentifier::isContainer)
        .filter(t -> t.getUniqueId().matches(".*\\[dynamic-container:#\\d+]$"))
        .sorted(java.util.Comparator.comparing(TestIdentifier::getUniqueId))
        .forEach(t -> names.add(t.getDisplayName()));
    return names;
  }
}
