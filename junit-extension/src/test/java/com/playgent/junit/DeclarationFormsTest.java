package com.playgent.junit;

import static com.playgent.junit.EventsSupport.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** The class form ({@code @PlaygentCase} on a {@link PlaygentSuite}) reports exactly as the method form does. */
class DeclarationFormsTest {
  static EmulatorFixture fixture;

  @BeforeAll
  static void start() {
    fixture = EmulatorFixture.start();
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @PlaygentCase(value = {"tc_pass", "tc_refund"}, thresholds = "faithfulness >= 0.5", knownFailingTurns = "tc_refund:2")
  static class ClassForm implements PlaygentSuite {}

  @PlaygentTest
  static class MethodForm {
    @PlaygentCase(value = {"tc_pass", "tc_refund"}, thresholds = "faithfulness >= 0.5", knownFailingTurns = "tc_refund:2")
    Stream<DynamicNode> cases(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  @PlaygentCase(tags = "billing")
  static class BothForms implements PlaygentSuite {
    @PlaygentCase("tc_pass")
    Stream<DynamicNode> greeting(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  static class Undeclared implements PlaygentSuite {}

  @PlaygentCase("tc_pass")
  static class NotASuite {}

  /**
   * Every dynamic node below the factory: kind, display name, source (any run; a container's is its
   * declaration, the class or the method) and outcome. (Legacy reporting names carry the factory's method
   * name; Surefire names a turn by its display name, since it has a URI source.)
   */
  private static List<String> tree(EngineExecutionResults results) {
    return results.allEvents().finished().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().startsWith("dynamic"))
        .map(DeclarationFormsTest::describe).toList();
  }

  private static String describe(Event e) {
    var d = e.getTestDescriptor();
    String source = d.getSource().map(Object::toString).orElse("").replaceAll("run_[a-z0-9]+", "run_*")
        .replaceAll("^(ClassSource|MethodSource) \\[className = '[^']*Form'.*", "the declaration");
    return d.getType() + " " + d.getDisplayName() + " | " + source + " | "
        + e.getPayload(org.junit.platform.engine.TestExecutionResult.class).map(r -> r.getStatus().toString()).orElse("");
  }

  @Test
  void the_class_form_gives_the_same_tree_names_and_outcomes_as_the_method_form() {
    List<String> classForm = tree(fixture.run(ClassForm.class));
    List<String> methodForm = tree(fixture.run(MethodForm.class));

    assertThat(classForm).isEqualTo(methodForm).hasSize(2 + 2 + 3)
        .anySatisfy(line -> assertThat(line).startsWith("TEST Refund Flow › turn 2: It arrived broken. What is your "
            + "policy? | DefaultUriSource [uri = http://").endsWith("/runs/run_*#turn-2] | ABORTED"));
  }

  @Test
  void both_forms_live_in_one_class() {
    EngineExecutionResults results = fixture.run(BothForms.class);

    assertThat(EventsSupport.testNames(results)).contains("Greeting Flow › turn 1: Hello there",
        "Invoice Copy › turn 1: Can I get a copy of my invoice?", "Refund Flow › turn 3: OK, please go ahead");
  }

  @Test
  void a_suite_without_a_declaration_fails_naming_the_fix() {
    EngineExecutionResults results = fixture.run(Undeclared.class);

    assertThat(throwable(results, "playgent(PlaygentRuns)")).isInstanceOf(IllegalStateException.class)
        .hasMessage("Undeclared implements PlaygentSuite but declares no Playgent test case: annotate the class with"
            + " @PlaygentCase(\"tc_...\") (or tags = ... or run = \"run_...\")");
  }

  @Test
  void a_class_declaration_without_the_suite_fails_the_discovery_naming_the_fix() {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(NotASuite.class))
        .configurationParameters(fixture.parameters()).build();
    assertThatThrownBy(() -> LauncherFactory.create().execute(request))
        .hasMessage("TestEngine with ID 'junit-jupiter' failed to discover tests")
        .satisfies(e -> assertThat(rootCause(e)).hasMessage("@PlaygentCase on class NotASuite declares Playgent test cases that nothing reports: write class"
            + " NotASuite implements PlaygentSuite, or put @PlaygentCase on a factory method of the class"));
    assertThat(fixture.emulator.stats().runsCreated()).isZero();
  }

  @PlaygentCase("tc_refund")
  static class FirstSuite implements PlaygentSuite {}

  @PlaygentCase("tc_invoice")
  static class SecondSuite implements PlaygentSuite {}

  @Test
  void class_form_runs_start_when_the_plan_starts() {
    try (EmulatorFixture own = EmulatorFixture.start()) {
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(FirstSuite.class), selectClass(SecondSuite.class))
          .configurationParameters(own.parameters()).build();
      LauncherFactory.create().execute(request);

      List<String> journal = own.journal();
      long createdBeforeFirstFinish = journal.stream().takeWhile(l -> !l.contains("\"event\":\"finished\""))
          .filter(l -> l.contains("\"event\":\"created\"")).count();
      assertThat(createdBeforeFirstFinish).as("both runs created before either finished: %s", journal).isEqualTo(2);
      assertThat(own.emulator.stats().runsCreated()).isEqualTo(2);
    }
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
