package com.playgent.bench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes through a real {@link Launcher}, as Surefire and IDEs do (so the Playgent
 * plan listener starts every declared run when the plan starts), timing the whole execution.
 * What the plan prints goes to a log file, not the console.
 */
final class Suite {
  /** The outcome of one plan: its wall time, JUnit's counts, and every failed or skipped node. */
  record Outcome(Duration wall, TestExecutionSummary summary, List<Problem> problems, Path log) {
    long succeeded() {
      return summary.getTestsSucceededCount();
    }

    double seconds() {
      return wall.toNanos() / 1e9;
    }
  }

  /** A test or container that failed or was skipped, with the message the user sees. */
  record Problem(String name, TestExecutionResult.Status status, String type, String message) {
    boolean isTurnVerdict() {
      return type.equals("PlaygentTurnFailure");
    }

    /** Failed or skipped because the service said 429: what a user must never see. */
    boolean isRateLimit() {
      return message.contains("HTTP 429") || message.contains("rate limit");
    }
  }

  private Suite() {}

  static Outcome run(Path log, Map<String, String> parameters, Class<?>... classes) {
    List<ClassSelector> selectors = new ArrayList<>();
    for (Class<?> c : classes) {
      selectors.add(selectClass(c));
    }
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    TestExecutionListener collector = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          problems.add(new Problem(id.getDisplayName(), result.getStatus(),
              result.getThrowable().map(t -> t.getClass().getSimpleName()).orElse(""),
              result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("")));
        }
      }

      @Override
      public void executionSkipped(TestIdentifier id, String reason) {
        problems.add(new Problem(id.getDisplayName(), TestExecutionResult.Status.ABORTED, "skipped", reason));
      }
    };
    PrintStream out = System.out;
    PrintStream err = System.err;
    long started;
    long finished;
    try {
      Files.createDirectories(log.getParent());
      try (PrintStream file = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
        System.setOut(file);
        System.setErr(file);
        try {
          var request = LauncherDiscoveryRequestBuilder.request().selectors(selectors)
              .configurationParameters(parameters).build();
          started = System.nanoTime();
          launcher.execute(request, summary, collector);
          finished = System.nanoTime();
        } finally {
          System.setOut(out);
          System.setErr(err);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Outcome(Duration.ofNanos(finished - started), summary.getSummary(), List.copyOf(problems), log);
  }
}
