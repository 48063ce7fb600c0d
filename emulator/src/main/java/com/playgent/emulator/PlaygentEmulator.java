package com.playgent.emulator;

import com.playgent.emulator.http.EmulatorDispatcher;
import com.playgent.emulator.state.Registry;
import com.playgent.emulator.state.StatsRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;

/**
 * Serve the Playgent API on a real local socket, faithful to the documented contract: runs that
 * move {@code queued → running → completed/failed} on the world's timings, local evaluation,
 * auth, rate limiting and injectable faults.
 *
 * <pre>{@code
 * try (PlaygentEmulator emulator = PlaygentEmulator.start()) {
 *   String baseUrl = emulator.baseUrl(); // http://127.0.0.1:PORT/v1
 * }
 * }</pre>
 */
public final class PlaygentEmulator implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(PlaygentEmulator.class.getName());

  private final MockWebServer server;
  private final EmulatorStats stats;
  private final Faults faults;
  private final int port;

  private PlaygentEmulator(EmulatorConfig config) {
    List<FaultRule> initial = new ArrayList<>(config.world().faults());
    initial.addAll(config.faults());
    this.faults = new Faults(initial);
    Registry registry = new Registry(config.world().agents(), config.world().testCases());
    StatsRecorder recorder = new StatsRecorder();
    this.stats = new EmulatorStats(recorder, registry, faults, config.clock());
    this.server = new MockWebServer();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), config.port());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
    }
    this.port = server.getPort();
    server.setDispatcher(new EmulatorDispatcher(registry, faults, recorder, config.clock(),
        config.apiKey(), config.rateLimitPerMinute(), config.rateLimitMode(), "ws://127.0.0.1:" + port,
        this::drainRecorded));
    LOG.log(System.Logger.Level.INFO, () -> "Playgent emulator listening on " + baseUrl() + " ("
        + config.world().agents().size() + " agents, " + config.world().testCases().size()
        + " test cases, " + config + ")");
  }

  /** Start an emulator with the default world on a free port, accepting any non-blank key. */
  public static PlaygentEmulator start() {
    return start(EmulatorConfig.defaults());
  }

  /** Start an emulator with {@code config}. */
  public static PlaygentEmulator start(EmulatorConfig config) {
    return new PlaygentEmulator(config);
  }

  /** Return the API base URL, for example {@code http://127.0.0.1:41234/v1} (no trailing slash). */
  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/v1";
  }

  /** Return the port the emulator listens on. */
  public int port() {
    return port;
  }

  /** Return the live counters. */
  public EmulatorStats stats() {
    return stats;
  }

  /** Return the live fault rules, to add or clear rules while serving. */
  public Faults faults() {
    return faults;
  }

  /** Stop serving and release the port; hanging connections are closed. Idempotent. */
  @Override
  public void close() {
    server.close();
  }

  /** Drop the server's own record of served requests so long benchmarks do not grow memory. */
  private void drainRecorded() {
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
