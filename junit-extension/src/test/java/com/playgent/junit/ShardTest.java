package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.playgent.core.pipeline.RunUnit;
import com.playgent.core.pipeline.Shard;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@code playgent.shard} through a real Launcher (so the plan-start pre-start runs too): each shard
 * starts and reports only its units, nothing of the others (no run, no node, no skip), and the
 * shards together report exactly what one unsharded plan reports.
 */
class ShardTest {
  static final List<String> CASES = List.of("tc_pass", "tc_refund", "tc_invoice", "tc_hostile");

  @PlaygentTest
  static class Suite {
    @PlaygentCase({"tc_pass", "tc_refund", "tc_invoice", "tc_hostile"})
    Stream<DynamicNode> all(PlaygentRuns runs) {
      return runs.stream();
    }

    @PlaygentCase("tc_refund")
    Stream<DynamicNode> refundOnly(PlaygentRuns runs) {
      return runs.stream();
    }
  }

  /** Every test and container the plan reported, by display name, with skips marked. */
  record Reported(List<String> tests, List<String> skipped) {}

  private static Reported launch(EmulatorFixture fixture, String... extra) {
    List<String> tests = Collections.synchronizedList(new ArrayList<>());
    List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
          tests.add(id.getDisplayName());
        }
      }

      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        skipped.add(id.getDisplayName());
      }
    };
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .configurationParameters(fixture.parameters(extra)).selectors(selectClass(Suite.class)).build(), listener);
    return new Reported(List.copyOf(tests), List.copyOf(skipped));
  }

  private static int shardOf(String testCase) {
    return Shard.of(RunUnit.testCase(testCase, null, null).shardKey(), 2);
  }

  @Test
  void each_shard_starts_and_reports_only_its_units_and_together_they_report_the_unsharded_plan() {
    List<String> unsharded;
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      unsharded = launch(fixture).tests();
      assertThat(fixture.emulator.stats().runsCreated()).isEqualTo(4); // tc_refund's run is shared
    }
    List<String> union = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      int shard = i;
      try (EmulatorFixture fixture = EmulatorFixture.start()) {
        Reported reported = launch(fixture, PlaygentConfig.SHARD, shard + "/2");
        List<String> mine = CASES.stream().filter(c -> shardOf(c) == shard).toList();
        assertThat(mine).as("the fixture spreads over both shards").isNotEmpty().hasSizeLessThan(CASES.size());

        assertThat(fixture.journal()).as("runs created by shard %d/2, pre-start included", shard)
            .filteredOn(l -> l.contains("\"created\"")).hasSize(mine.size())
            .allSatisfy(l -> assertThat(mine).anySatisfy(c -> assertThat(l).contains("\"" + c + "\"")));
        assertThat(reported.skipped()).as("no fake skip for other shards' units").isEmpty();

        SessionRecord session = new SessionFiles(fixture.outputDir).readAll().get(0);
        assertThat(session.shard()).isEqualTo(shard + "/2");
        assertThat(session.units()).extracting(UnitRecord::label).isNotEmpty()
            .allSatisfy(label -> assertThat(mine).contains(label));
        union.addAll(reported.tests());
      }
    }
    assertThat(union).as("both shards' tests are the unsharded plan's").containsExactlyInAnyOrderElementsOf(unsharded);
  }

  @Test
  void an_invalid_shard_fails_the_factories_naming_the_value_and_the_rule() {
    try (EmulatorFixture fixture = EmulatorFixture.start()) {
      List<String> messages = Collections.synchronizedList(new ArrayList<>());
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .configurationParameters(fixture.parameters(PlaygentConfig.SHARD, "3/2")).selectors(selectClass(Suite.class))
          .build(), new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
              result.getThrowable().ifPresent(t -> messages.add(t.getMessage()));
            }
          });
      assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m).contains("playgent.shard '3/2'")
          .contains("1 <= i <= n"));
      assertThat(fixture.emulator.stats().runsCreated()).isZero();
    }
  }
}
