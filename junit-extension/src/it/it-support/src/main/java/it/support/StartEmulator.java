package it.support;

import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts an emulator on the test project's {@code world.json} for the test session and points the
 * extension at it, as the Maven plugin's {@code emulator-start} would.
 */
public class StartEmulator implements LauncherSessionListener {
  private PlaygentEmulator emulator;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.fromResource("world.json", StartEmulator.class.getClassLoader())).build());
    System.setProperty("playgent.base-url", emulator.baseUrl());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    emulator.close();
  }
}
