package com.playgent.junit.internal;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.client.store.RunJournal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts and tracks every run of one configuration (base URL, key, mode, output directory) in
 * this JVM. Starting is asynchronous and bounded by {@code max-concurrent-runs}; equal units share
 * one run. Every created run id goes to the journal as soon as the service returns it, and every
 * finished run to its run file.
 */
public final class RunCoordinator {
  private final Settings settings;
  private final Map<String, RunHandle> handles = new ConcurrentHashMap<>();
  private final AsyncLimiter limiter;
  private final RunJournal journal;
  private final RunFiles runFiles;
  private final Recordings recordings;
  private final SuiteStats stats;
  private volatile PlaygentClient client;

  RunCoordinator(Settings settings, SuiteStats stats) {
    this.settings = settings;
    this.stats = stats;
    this.limiter = new AsyncLimiter(settings.maxConcurrentRuns());
    this.journal = new RunJournal(settings.outputDir());
    this.runFiles = new RunFiles(settings.outputDir());
    this.recordings = new Recordings(settings.recordingsDir());
  }

  Settings settings() {
    return settings;
  }

  /** Starts the unit, or returns the handle of the equal unit started before. */
  RunHandle start(RunUnit unit) {
    return handles.computeIfAbsent(unit.key(), k -> begin(unit));
  }

  private RunHandle begin(RunUnit unit) {
    if (settings.mode() == Mode.REPLAY) {
      RunHandle h = new RunHandle(unit, CompletableFuture.supplyAsync(() -> recordings.load(unit)));
      h.run.thenAccept(r -> h.runId = r.runId());
      return h;
    }
    if (settings.reuseRuns() != null) {
      var reused = new ReusableRuns(runFiles).find(unit, settings.reuseRuns());
      if (reused.isPresent()) {
        RunHandle h = new RunHandle(unit, CompletableFuture.completedFuture(reused.get()));
        h.runId = reused.get().runId();
        System.out.println("playgent: reusing run " + h.runId + " of " + unit.describe() + " from "
            + runFiles.fileOf(h.runId) + " (" + com.playgent.junit.PlaygentConfig.REUSE_RUNS + "=" + settings.reuseRuns() + ")");
        return h;
      }
    }
    CompletableFuture<Run> future = new CompletableFuture<>();
    RunHandle handle = new RunHandle(unit, future);
    CompletableFuture<Run> started;
    try {
      PlaygentClient c = client();
      AwaitOptions await = AwaitOptions.defaults().withTimeout(settings.timeout());
      started = limiter.submit(() -> {
        if (unit.kind() == RunUnit.Kind.PINNED) {
          return c.awaitRunAsync(unit.runId(), null, await);
        }
        return c.createRunAsync(unit.request()).thenCompose(created -> {
          onCreated(handle, unit, created);
          return c.awaitRunAsync(created, await);
        });
      });
    } catch (RuntimeException e) {
      started = CompletableFuture.failedFuture(e);
    }
    started.whenComplete((run, error) -> {
      if (error != null) {
        if (handle.runId != null) {
          journal.unfinished(handle.runId, Failures.unwrap(error).getMessage());
        }
        future.completeExceptionally(Failures.unwrap(error));
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

  private void onCreated(RunHandle handle, RunUnit unit, CreateRunResponse created) {
    handle.runId = created.runId();
    stats.created(created.runId());
    journal.created(unit.request(), created, settings.baseUrl(), null);
  }

  /** The client, made on first use so that replay mode never needs a key or a network. */
  public PlaygentClient client() {
    PlaygentClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          client = c = PlaygentClient.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
              .readTimeout(settings.readTimeout()).userAgent("playgent-junit").build();
        }
      }
    }
    return c;
  }

  Path outputDir() {
    return settings.outputDir();
  }

  /** {@code playgent: 7/20 runs completed, 13 running, longest 42 s}. */
  String progressLine() {
    List<RunHandle> all = new ArrayList<>(handles.values());
    long done = all.stream().filter(RunHandle::isDone).count();
    long waiting = all.size() - done;
    long longest = all.stream().filter(h -> !h.isDone()).mapToLong(h -> h.age().toSeconds()).max().orElse(0);
    int queued = limiter.queued();
    return String.format(Locale.ROOT, "playgent: %d/%d runs completed, %d running%s, longest %d s",
        done, all.size(), waiting - queued, queued > 0 ? ", " + queued + " queued" : "", longest);
  }

  /** Units that were started but whose run never finished or was never reported, with their run ids. */
  List<String> unfinished() {
    List<String> ids = new ArrayList<>();
    for (RunHandle h : handles.values()) {
      if (!h.isDone() && h.runId != null) {
        ids.add(h.runId);
      }
    }
    return ids;
  }

  RunJournal journal() {
    return journal;
  }
}
