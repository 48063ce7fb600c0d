package com.playgent.core.pipeline;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.client.store.RunJournal;
import com.playgent.core.outcome.Problems;
import com.playgent.core.session.Obtained;
import com.playgent.core.settings.Mode;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.core.settings.SettingKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The life of every run of one configuration (base URL, key, mode, output directory), for the
 * JUnit extension and the Maven plugin alike: start (asynchronous, bounded by
 * {@code max-concurrent-runs}; equal units share one run), journal each created id the moment the
 * service returns it, await, and keep each finished run as its run file; in replay mode read the
 * recording instead, in record mode also save one, and with {@code reuse-runs} report a recent run
 * from the output directory.
 */
public final class RunPipeline implements AutoCloseable {
  private final PlaygentSettings settings;
  private final String producer;
  private final RunTotals totals;
  private final Consumer<String> console;
  private final Map<String, RunHandle> handles = new ConcurrentHashMap<>();
  private final AsyncLimiter limiter;
  private final RunJournal journal;
  private final RunFiles runFiles;
  private final Recordings recordings;
  private final String missingKeyAdvice;
  private volatile PlaygentClient client;
  private volatile boolean backgroundRunFiles;
  private final Queue<CompletableFuture<?>> pendingWrites = new ConcurrentLinkedQueue<>();
  private final Queue<RunFileFailure> writeFailures = new ConcurrentLinkedQueue<>();
  private ExecutorService fileWriter;

  /**
   * @param producer names this front end in the journal and the user agent, e.g. {@code playgent-junit}
   * @param console where lines for the user go (never a test's captured output)
   */
  public RunPipeline(PlaygentSettings settings, String producer, RunTotals totals, Consumer<String> console) {
    this(settings, producer, totals, console, null);
  }

  /**
   * @param missingKeyAdvice what this front end tells a user who has no API key, after
   *     {@code no Playgent API key for <base URL>: }; null for the client's own advice
   */
  public RunPipeline(PlaygentSettings settings, String producer, RunTotals totals, Consumer<String> console,
      String missingKeyAdvice) {
    this.settings = settings;
    this.producer = producer;
    this.totals = totals;
    this.console = console;
    this.missingKeyAdvice = missingKeyAdvice;
    this.limiter = new AsyncLimiter(settings.maxConcurrentRuns());
    this.journal = new RunJournal(settings.outputDir());
    this.runFiles = new RunFiles(settings.outputDir());
    this.recordings = new Recordings(settings.recordingsDir());
  }

  /** Settings that may share one pipeline (client, journal, files) give the same key; it holds no secret. */
  public static String keyOf(PlaygentSettings s) {
    return s.mode() + "|" + s.baseUrl() + "|" + Secrets.fingerprint(s.apiKey()) + "|"
        + s.outputDir().toAbsolutePath().normalize() + "|" + s.recordingsDir().toAbsolutePath().normalize() + "|"
        + s.maxConcurrentRuns() + "|" + s.readTimeout() + "|" + s.timeout() + "|" + s.maxResponseSize();
  }

  public PlaygentSettings settings() {
    return settings;
  }

  /** Starts the unit, or returns the handle of the equal unit started before. */
  public RunHandle start(RunUnit unit) {
    return handles.computeIfAbsent(unit.key(), k -> begin(unit));
  }

  private RunHandle begin(RunUnit unit) {
    if (settings.mode() == Mode.REPLAY) {
      RunHandle h = new RunHandle(unit, CompletableFuture.supplyAsync(() -> keep(ServiceIds.checkRun(
          recordings.load(unit), "the recording " + recordings.fileOf(unit) + " holds", null))), Obtained.REPLAYED);
      h.run().thenAccept(r -> h.runId = r.runId());
      return h;
    }
    if (settings.reuseRuns() != null && unit.repeat() == 0) { // a repeat is always a run of its own
      var reused = new ReusableRuns(runFiles).find(unit, settings.reuseRuns());
      if (reused.isPresent()) {
        RunHandle h = new RunHandle(unit, CompletableFuture.completedFuture(reused.get()), Obtained.REUSED);
        h.runId = reused.get().runId();
        console.accept("playgent: reusing run " + h.runId + " of " + unit.describe() + " from "
            + runFiles.fileOf(h.runId) + " (" + SettingKeys.REUSE_RUNS + "=" + settings.reuseRuns() + ")");
        return h;
      }
    }
    boolean pinned = unit.kind() == RunUnit.Kind.PINNED;
    CompletableFuture<Run> future = new CompletableFuture<>();
    RunHandle handle = new RunHandle(unit, future,
        pinned ? Obtained.PINNED : settings.mode() == Mode.RECORD ? Obtained.RECORDED : Obtained.LIVE);
    CompletableFuture<Run> started;
    try {
      PlaygentClient c = client();
      AwaitOptions await = AwaitOptions.defaults().withTimeout(settings.timeout());
      started = limiter.submit(() -> {
        if (pinned) {
          return c.awaitRunAsync(unit.runId(), null, await).thenApply(run -> checked(run, unit.runId()));
        }
        return c.createRunAsync(unit.request()).thenCompose(created -> {
          onCreated(handle, unit, created);
          return c.awaitRunAsync(created, await).thenApply(run -> checked(run, created.runId()));
        });
      });
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    started.whenComplete((run, error) -> {
      if (error != null) {
        if (handle.runId != null) {
          journal.unfinished(handle.runId, Problems.unwrap(error).getMessage());
        }
        future.completeExceptionally(Problems.unwrap(error));
        return;
      }
      if (backgroundRunFiles && settings.mode() != Mode.RECORD) {
        keepInBackground(run);
        future.complete(run); // the turns are reported while the run file is written
        return;
      }
      try {
        Path file = runFiles.write(run);
        journal.finished(run.runId(), String.valueOf(run.status()), file);
        if (settings.mode() == Mode.RECORD) {
          recordings.save(unit, run);
        }
        future.complete(run);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      }
    });
    return handle;
  }

  /**
   * From now on a fetched run is reported at once and its run file written on a background thread
   * (record mode still writes first: its recording fails the unit). {@link #awaitRunFiles()} waits for
   * them; {@link #close()} too. The JUnit session uses it: the run file is off the path to the first test.
   */
  public RunPipeline writeRunFilesInBackground() {
    this.backgroundRunFiles = true;
    return this;
  }

  private void keepInBackground(Run run) {
    Path file = runFiles.fileOf(run.runId());
    CompletableFuture<Void> write;
    try {
      write = CompletableFuture.runAsync(() -> {
        runFiles.write(run);
        journal.finished(run.runId(), String.valueOf(run.status()), file);
      }, fileWriter());
    } catch (RuntimeException e) {
      write = CompletableFuture.failedFuture(e);
    }
    pendingWrites.add(write.handle((ok, error) -> {
      if (error == null) {
        return null;
      }
      Throwable cause = Problems.unwrap(error);
      String message = "run " + run.runId() + " was reported, but its run file " + file + " could not be written: "
          + cause.getMessage();
      try {
        journal.unfinished(run.runId(), message);
      } catch (RuntimeException alsoFailed) {
        cause.addSuppressed(alsoFailed);
      }
      writeFailures.add(new RunFileFailure(run.runId(), file, message, cause));
      return null;
    }));
  }

  private synchronized Executor fileWriter() {
    if (fileWriter == null) {
      fileWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "playgent-run-files");
        t.setDaemon(true);
        return t;
      });
    }
    return fileWriter;
  }

  /** A run file that {@link #writeRunFilesInBackground() a background write} could not write. */
  public record RunFileFailure(String runId, Path file, String message, Throwable cause) {}

  /**
   * Waits for every run file being written in the background, and returns (once) those that could not
   * be written, each naming its run id and file.
   */
  public List<RunFileFailure> awaitRunFiles() {
    CompletableFuture<?> f;
    while ((f = pendingWrites.poll()) != null) {
      f.join(); // never fails: handle() above turned a failure into an entry of writeFailures
    }
    List<RunFileFailure> failed = new ArrayList<>();
    RunFileFailure r;
    while ((r = writeFailures.poll()) != null) {
      failed.add(r);
    }
    return failed;
  }

  /**
   * Reports the finished run {@code earlier} found in the output directory for {@code unit}, without a
   * request. Not shared with {@link #start}: another declaration of the same unit still gets its own run.
   */
  public RunHandle reportEarlier(RunUnit unit, EarlierRuns.Earlier earlier) {
    CompletableFuture<Run> run;
    try {
      run = CompletableFuture.completedFuture(runFiles.read(earlier.runFile()));
    } catch (RuntimeException e) {
      run = CompletableFuture.failedFuture(e);
    }
    RunHandle handle = new RunHandle(unit, run, Obtained.REUSED);
    handle.runId = earlier.runId();
    return handle;
  }

  /** A replayed run is kept as a run file too, so reports and gates read it like any other. */
  private Run keep(Run run) {
    runFiles.write(run);
    return run;
  }

  /**
   * Journals a created run at once. An id that is not one is journaled too (a run may exist), as
   * unfinished with the reason, and fails the unit before it goes into any URL, file name or link.
   */
  private void onCreated(RunHandle handle, RunUnit unit, CreateRunResponse created) {
    totals.created(created.runId());
    journal.created(unit.request(), created, settings.baseUrl(), producer);
    try {
      ServiceIds.checkCreated(created.runId());
    } catch (RuntimeException invalid) {
      journal.unfinished(created.runId(), invalid.getMessage());
      throw invalid;
    }
    handle.runId = created.runId();
  }

  private static Run checked(Run run, String asked) {
    return ServiceIds.checkRun(run, "the service answered GET /v1/runs/" + asked + " with", asked);
  }

  /** The client, made on first use so that replay mode never needs a key or a network. */
  public PlaygentClient client() {
    PlaygentClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          if (missingKeyAdvice != null && (settings.apiKey() == null || settings.apiKey().isBlank())) {
            throw new PlaygentConfigurationException("no Playgent API key for " + settings.baseUrl() + ": "
                + missingKeyAdvice);
          }
          client = c = PlaygentClient.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
              .readTimeout(settings.readTimeout()).maxResponseSize(settings.maxResponseSize()).userAgent(producer)
              .retryNotices(line -> console.accept("playgent: " + line))
              .sharedRateLimit(settings.outputDir().resolve(RATE_LIMIT_FILE)).build();
        }
      }
    }
    return c;
  }

  /**
   * Under the output directory: the rate-limit state every JVM of a build shares (Surefire forks
   * write the same {@code target/playgent}), so the forks together keep within the service's limit.
   */
  public static final String RATE_LIMIT_FILE = "rate-limit.json";

  public Path outputDir() {
    return settings.outputDir();
  }

  /** {@code playgent: 7/20 runs completed, 13 running, longest 42 s}. */
  public String progressLine() {
    List<RunHandle> all = new ArrayList<>(handles.values());
    long done = all.stream().filter(RunHandle::isDone).count();
    long waiting = all.size() - done;
    long longest = all.stream().filter(h -> !h.isDone()).mapToLong(h -> h.age().toSeconds()).max().orElse(0);
    int queued = limiter.queued();
    return String.format(Locale.ROOT, "playgent: %d/%d runs completed, %d running%s, longest %d s",
        done, all.size(), waiting - queued, queued > 0 ? ", " + queued + " queued" : "", longest);
  }

  /** Run ids of units that were started but whose run never finished. */
  public List<String> unfinished() {
    List<String> ids = new ArrayList<>();
    for (RunHandle h : handles.values()) {
      if (!h.isDone() && h.runId != null) {
        ids.add(h.runId);
      }
    }
    return ids;
  }

  /**
   * Waits for the run files being written in the background, then closes the client; runs still in
   * progress on the service are not cancelled (their ids are journaled).
   *
   * @throws UncheckedIOException naming each run id and file that could not be written, unless
   *     {@link #awaitRunFiles()} already returned them
   */
  @Override
  public void close() {
    List<RunFileFailure> failed;
    try {
      failed = awaitRunFiles();
    } finally {
      synchronized (this) {
        if (fileWriter != null) {
          fileWriter.shutdown();
        }
      }
      PlaygentClient c = client;
      if (c != null) {
        c.close();
      }
    }
    if (!failed.isEmpty()) {
      String all = String.join("; ", failed.stream().map(RunFileFailure::message).toList());
      IOException cause = failed.get(0).cause() instanceof IOException io ? io : new IOException(all,
          failed.get(0).cause());
      UncheckedIOException e = new UncheckedIOException(all, cause);
      failed.stream().skip(1).forEach(f -> e.addSuppressed(f.cause()));
      throw e;
    }
  }
}
