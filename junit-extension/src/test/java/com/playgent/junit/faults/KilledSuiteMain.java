package com.playgent.junit.faults;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.util.Map;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The test JVM that {@link KilledJvmTest} kills: runs two classes of slow Playgent cases through
 * a real Launcher (so the plan listener starts every run at once) against the emulator URL given
 * as the only argument, writing to the default {@code target/playgent} of its working directory.
 */
public final class KilledSuiteMain {
  /** Test case ids of the synthetic world {@link KilledJvmTest} serves. */
  static final String[] CLASS_A = {"tc_s00001", "tc_s00002", "tc_s00003"};
  static final String[] CLASS_B = {"tc_s00004", "tc_s00005", "tc_s00006"};

  private KilledSuiteMain() {}

  public static void main(String[] args) {
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(SlowClassA.class), selectClass(SlowClassB.class))
        .configurationParameters(Map.of(PlaygentConfig.BASE_URL, args[0], PlaygentConfig.PROGRESS_INTERVAL, "0",
            PlaygentConfig.TIMEOUT, "2m"))
        .build());
    System.out.println("suite finished");
  }

  @PlaygentTest
  static class SlowClassA {
    @PlaygentCase({"tc_s00001", "tc_s00002", "tc_s00003"})
    PlaygentRuns slow(PlaygentRuns runs) {
      return runs;
    }
  }

  @PlaygentTest
  static class SlowClassB {
    @PlaygentCase({"tc_s00004", "tc_s00005", "tc_s00006"})
    PlaygentRuns slow(PlaygentRuns runs) {
      return runs;
    }
  }
}
