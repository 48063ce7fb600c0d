package com.playgent.emulator.cli;

import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.WorldException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Run the emulator from the command line until it is killed. The first line on standard output
 * is always {@code Playgent emulator listening on http://127.0.0.1:PORT/v1}.
 */
public final class EmulatorMain {
  private EmulatorMain() {}

  /** Start the emulator with the options described in {@link CommandLine#USAGE}. */
  public static void main(String[] args) throws InterruptedException {
    PrintStream out = System.out;
    EmulatorConfig config;
    try {
      config = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      System.err.println("playgent-emulator: " + e.getMessage());
      System.err.println(CommandLine.USAGE);
      System.exit(2);
      return;
    } catch (WorldException e) {
      System.err.println("playgent-emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (config == null) {
      out.println(CommandLine.USAGE);
      return;
    }
    PlaygentEmulator emulator;
    try {
      emulator = PlaygentEmulator.start(config);
    } catch (RuntimeException e) {
      System.err.println("playgent-emulator: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }, "playgent-emulator-shutdown"));
    out.println("Playgent emulator listening on " + emulator.baseUrl());
    out.println("World: " + config.world().agents().size() + " agents, "
        + config.world().testCases().size() + " test cases");
    out.println("Auth: " + (config.apiKey() == null ? "any non-empty Bearer key" : "only the key given with --api-key"));
    out.println("Rate limit: " + config.rateLimitPerMinute() + " requests/minute ("
        + config.rateLimitMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")");
    emulator.faults().list().forEach(f -> out.println("Fault: " + f));
    out.println("Stats: http://127.0.0.1:" + emulator.port() + "/_emulator/stats");
    out.flush();
    stopped.await();
  }
}
