package com.playgent.junit.internal;

import com.playgent.core.pipeline.RunPipeline;
import com.playgent.core.pipeline.RunTotals;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecorder;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Everything one launcher session (one Surefire fork, one IDE run) shares: a run pipeline per
 * configuration, a session record per output directory, test labels and totals, what the launcher
 * was asked to run ({@link Narrowing}) and the embedded emulator, if the settings ask for one. Kept
 * in the launcher-session store, which closes it at the session's end: then the session records
 * are written, the clients closed, the emulator stopped and the summary printed.
 */
public final class PlaygentSession implements AutoCloseable {
  /** The store namespace; the plan-start listener puts the session under the same one. */
  public static final Object[] NAMESPACE_PARTS = {PlaygentSession.class};
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NAMESPACE_PARTS);
  public static final String PRODUCER = "playgent-junit";

  private final PrintStream console;
  private final Map<String, RunPipeline> pipelines = new ConcurrentHashMap<>();
  private final Map<Path, SessionRecorder> recorders = new ConcurrentHashMap<>();
  private final CaseLabels labels = new CaseLabels();
  private final RunTotals totals = new RunTotals();
  private final AtomicBoolean warnedKeyProperty = new AtomicBoolean();
  private final Map<Path, EmbeddedEmulator> emulators = new ConcurrentHashMap<>();
  private final Map<String, NarrowedRuns> narrowedRuns = new ConcurrentHashMap<>();
  private final Set<String> notes = ConcurrentHashMap.newKeySet();
  private final Map<Path, BaselineTurns> baselines = new ConcurrentHashMap<>();
  private volatile Narrowing narrowing = Narrowing.NONE;
  private volatile CompletableFuture<Void> prepared = CompletableFuture.completedFuture(null);

  /** @param console where the session's own lines go: the real console, not a test's captured output */
  public PlaygentSession(PrintStream console) {
    this.console = console;
  }

  /** The session of the launcher session {@code context} runs in. */
  public static PlaygentSession of(ExtensionContext context) {
    return context.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, NAMESPACE)
        .getOrComputeIfAbsent(PlaygentSession.class, k -> new PlaygentSession(Console.outsideTestOutput()), PlaygentSession.class);
  }

  /** The pipeline shared by every unit with these settings' client, journal and files. */
  public RunPipeline pipeline(PlaygentSettings settings) {
    warnIfKeyIsASystemProperty(settings);
    return pipelines.computeIfAbsent(RunPipeline.keyOf(settings),
        k -> new RunPipeline(settings, PRODUCER, totals, console::println, MISSING_KEY_ADVICE).writeRunFilesInBackground());
  }

  /** What the extension tells a user with no API key: every way to get going, the embedded emulator included. */
  static final String MISSING_KEY_ADVICE = "set the PLAYGENT_API_KEY environment variable. To run without an account,"
      + " on the embedded emulator, add the test dependency " + EmbeddedEmulator.ARTIFACT + " and put "
      + SettingKeys.EMULATOR_WORLD + "=src/test/playgent/world.json (your world file) in"
      + " src/test/resources/junit-platform.properties; or set " + SettingKeys.BASE_URL + " to a running emulator,"
      + " which takes any key";

  /** What the launcher's discovery request selected; set by the discovery listener for each request. */
  public void narrowing(Narrowing narrowing) {
    this.narrowing = narrowing;
  }

  public Narrowing narrowing() {
    return narrowing;
  }

  /** What is being prepared for a re-run while JUnit discovers ({@code EarlierRuns.prepare()}). */
  public void preparing(CompletableFuture<Void> preparation) {
    this.prepared = preparation;
  }

  /** Waits until the preparation is done, before the plan uses what it prepares; a minute at most. */
  public void awaitPrepared() {
    try {
      prepared.get(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException ignored) {
      // the plan prepares what it needs itself
    }
  }

  /** The plan of a narrowed factory, made once per session: by the plan start, or else by the factory. */
  NarrowedRuns narrowedRuns(String factoryId, Supplier<NarrowedRuns> plan) {
    return narrowedRuns.computeIfAbsent(factoryId, k -> plan.get());
  }

  /** The base URL of the embedded emulator serving {@code world}, started on first use and stopped at the end. */
  public String embeddedEmulator(String world, ClassLoader loader) {
    Path key = Path.of(world).toAbsolutePath().normalize();
    return emulators.computeIfAbsent(key, k -> {
      EmbeddedEmulator e = EmbeddedEmulator.start(world, loader != null ? loader : PlaygentSession.class.getClassLoader());
      console.println("playgent: embedded emulator at " + e.baseUrl() + " with world " + world + " ("
          + SettingKeys.EMULATOR_WORLD + "; a base URL given by " + SettingKeys.BASE_URL + " or PLAYGENT_BASE_URL, or "
          + SettingKeys.EMULATOR_SKIP + "=true, would turn it off)");
      return e;
    }).baseUrl();
  }

  /** Prints {@code playgent: <line>} once per session. */
  public void noteOnce(String line) {
    if (notes.add(line)) {
      console.println("playgent: " + line);
    }
  }

  /** The record of this session in the settings' output directory, started on first use. */
  public SessionRecorder recorder(PlaygentSettings settings) {
    return recorders.computeIfAbsent(settings.outputDir().toAbsolutePath().normalize(), dir -> {
      SessionRecorder r = new SessionRecorder(new SessionFiles(settings.outputDir()), PRODUCER, settings,
          settings.shard() == null ? null : settings.shard().toString());
      r.start();
      return r;
    });
  }

  /**
   * The baseline {@code playgent.baseline} names, read once per session; null when the key is not set
   * (the extension never picks up a baseline by itself).
   *
   * @throws com.playgent.client.PlaygentConfigurationException when the named file is missing or unreadable
   */
  BaselineTurns baseline(PlaygentSettings settings) {
    if (settings.baseline() == null) {
      return null;
    }
    return baselines.computeIfAbsent(settings.baseline().toAbsolutePath().normalize(), file -> {
      BaselineTurns b = BaselineTurns.read(settings.baseline());
      console.println("playgent: baseline " + b.file() + " (" + b.baseline().createdAt() + "): "
          + b.baseline().failingTurnCount() + " of " + b.baseline().turnCount() + " turns failed in it and are known "
          + "failing (" + SettingKeys.BASELINE + ")");
      return b;
    });
  }

  CaseLabels labels() {
    return labels;
  }

  RunTotals totals() {
    return totals;
  }

  PrintStream console() {
    return console;
  }

  private void warnIfKeyIsASystemProperty(PlaygentSettings settings) {
    if (settings.apiKey() != null && settings.apiKey().equals(System.getProperty(SettingKeys.API_KEY))
        && warnedKeyProperty.compareAndSet(false, true)) {
      console.println("playgent: WARNING the API key was given as the system property " + SettingKeys.API_KEY
          + ". Surefire copies system properties into target/surefire-reports/TEST-*.xml; set the PLAYGENT_API_KEY"
          + " environment variable instead.");
    }
  }

  /** Ends the session records, closes the clients, stops the embedded emulator and prints the totals; safe to call twice. */
  @Override
  public void close() {
    // Run files are written in the background while the turns are reported: every one is on disk (or its
    // failure told, with the run id and file, also in runs.jsonl) before the session record names its run.
    for (RunPipeline p : pipelines.values()) {
      for (RunPipeline.RunFileFailure f : p.awaitRunFiles()) {
        console.println("playgent: ERROR: " + f.message());
      }
    }
    recorders.values().forEach(SessionRecorder::end);
    for (RunPipeline p : pipelines.values()) {
      try {
        p.close(); // waits for a run that finished after the loop above, and fails naming its file if it could not be kept
      } catch (UncheckedIOException e) {
        console.println("playgent: ERROR: " + e.getMessage());
      }
    }
    for (EmbeddedEmulator e : emulators.values()) {
      try {
        e.close();
      } catch (Exception ignored) {
        // stopping is best effort: the JVM ends with the launcher session
      }
    }
    emulators.clear();
    printSummary();
  }

  private void printSummary() {
    if (totals.isEmpty()) {
      return;
    }
    console.println(totals.summaryLine());
    List<String> dirs = new ArrayList<>();
    for (RunPipeline p : pipelines.values()) {
      String dir = p.outputDir().toAbsolutePath().normalize().toString();
      if (!dirs.contains(dir)) {
        dirs.add(dir);
      }
    }
    console.println("playgent: run files, journal and session record in " + String.join(", ", dirs));
    Set<String> unreported = new TreeSet<>(totals.createdRunIds());
    unreported.removeAll(totals.reportedRunIds());
    if (!unreported.isEmpty()) {
      console.println("playgent: " + unreported.size() + " created run(s) were not reported as tests (not awaited,"
          + " timed out or failed to fetch): " + String.join(", ", unreported) + "; see runs.jsonl");
    }
  }
}
