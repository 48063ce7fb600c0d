package com.playgent.maven.run;

import com.playgent.client.AwaitOptions;
import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Run;
import com.playgent.client.store.RunFiles;
import com.playgent.client.store.RunJournal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Starts every requested run at once, journals each run id the moment the service returns it,
 * awaits all of them together and writes each fetched run to {@code runs/<run_id>.json}: the same
 * files the JUnit extension writes, so {@code report} and {@code check} read both alike.
 */
public final class HeadlessRunner {
  /** The {@code origin} recorded in the journal for runs this runner starts. */
  public static final String ORIGIN = "playgent-maven-plugin:run";

  private final PlaygentClient client;
  private final RunJournal journal;
  private final RunFiles files;
  private final AwaitOptions await;
  private final Consumer<String> log;

  public HeadlessRunner(PlaygentClient client, Path playgentDirectory, AwaitOptions await, Consumer<String> log) {
    this.client = client;
    this.journal = new RunJournal(playgentDirectory);
    this.files = new RunFiles(playgentDirectory);
    this.await = await;
    this.log = log;
  }

  /** Runs every request concurrently; the outcomes come back in request order, never as an exception. */
  public List<RunOutcome> run(List<CreateRunRequest> requests) {
    List<CompletableFuture<RunOutcome>> futures = new ArrayList<>();
    for (CreateRunRequest request : requests) {
      futures.add(start(request));
    }
    List<RunOutcome> outcomes = new ArrayList<>();
    for (CompletableFuture<RunOutcome> f : futures) {
      try {
        outcomes.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Playgent runs", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("unexpected failure while waiting for Playgent runs", e.getCause());
      }
    }
    return outcomes;
  }

  private CompletableFuture<RunOutcome> start(CreateRunRequest request) {
    AtomicReference<String> runId = new AtomicReference<>();
    CompletableFuture<RunOutcome> f;
    try {
      f = client.createRunAsync(request)
          .thenCompose(created -> {
            runId.set(created.runId());
            journal.created(request, created, client.baseUrl(), ORIGIN);
            log.accept("Started run " + created.runId() + " for " + request.describeSelection()
                + estimate(created));
            return client.awaitRunAsync(created, await);
          })
          .thenApply(run -> finished(request, run));
    } catch (RuntimeException e) {
      f = CompletableFuture.failedFuture(e);
    }
    return f.exceptionally(t -> {
      Throwable cause = unwrap(t);
      if (runId.get() != null) {
        journal.unfinished(runId.get(), String.valueOf(cause.getMessage()));
      }
      return new RunOutcome(request, runId.get(), null, null, cause);
    });
  }

  private RunOutcome finished(CreateRunRequest request, Run run) {
    Path file = files.write(run);
    journal.finished(run.runId(), String.valueOf(run.status()), file);
    log.accept("Run " + run.runId() + " " + run.status() + " (" + request.describeSelection() + ")");
    return new RunOutcome(request, run.runId(), run, file, null);
  }

  private static String estimate(CreateRunResponse created) {
    return created.estimatedDurationS() == null ? "" : ", estimated " + created.estimatedDurationS() + " s";
  }

  static Throwable unwrap(Throwable t) {
    Throwable c = t;
    while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
      c = c.getCause();
    }
    return c;
  }
}
