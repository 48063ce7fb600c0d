package com.playgent.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.PlaygentClient;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.Run;
import com.playgent.emulator.EmulatorConfig;
import com.playgent.emulator.PlaygentEmulator;
import com.playgent.emulator.World;
import java.nio.file.Path;

/**
 * B1 fan-out: 60 test cases in 3 classes, runs of 4 s, through the real extension. Beside it the
 * same suite with runs of 0 s (the fixed cost), and the naive baseline a user writes by hand:
 * for each test case in turn, create the run and poll every second until it is done.
 */
final class FanOutBench {
  static final int CASES = 60;
  static final long RUN_MS = 4_000;
  /** The naive baseline is sequential and takes 60 × ~4 s; it is timed on this many cases and scaled. */
  static final int NAIVE_SAMPLE = 6;

  private FanOutBench() {}

  static void run(Path out, Results results) throws InterruptedException {
    Suite.Outcome zero;
    Suite.Outcome four;
    try (PlaygentEmulator instant = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.synthetic(CASES, 3, 1, 0)).build())) {
      // Warm-up (class loading, JIT), not counted.
      Suite.run(out.resolve("b1-warmup.log"), BenchMain.parameters(instant.baseUrl(), out.resolve("b1-warmup")),
          FanOut01.class);
      zero = Suite.run(out.resolve("b1-0s.log"), BenchMain.parameters(instant.baseUrl(), out.resolve("b1-0s")),
          FanOut01.class, FanOut02.class, FanOut03.class);
    }
    double naivePerCase;
    try (PlaygentEmulator emulator = PlaygentEmulator.start(EmulatorConfig.builder()
        .world(World.synthetic(CASES, 3, 1, RUN_MS)).build())) {
      four = Suite.run(out.resolve("b1-4s.log"), BenchMain.parameters(emulator.baseUrl(), out.resolve("b1-4s")),
          FanOut01.class, FanOut02.class, FanOut03.class);
      naivePerCase = naive(emulator.baseUrl()) / NAIVE_SAMPLE;
    }
    check(zero, "0 s");
    check(four, "4 s");
    double naive60 = naivePerCase * CASES;
    double overhead = four.seconds() - RUN_MS / 1000.0;
    double ratio = naive60 / four.seconds();
    results.put(Results.Metric.B1_OVERHEAD, overhead);
    results.put(Results.Metric.B1_RATIO, ratio);
    ObjectNode d = results.details("b1");
    d.put("test_cases", CASES);
    d.put("run_s", RUN_MS / 1000.0);
    d.put("tests_reported", four.summary().getTestsFoundCount());
    d.put("suite_4s_wall_s", Results.round(four.seconds()));
    d.put("suite_0s_wall_s", Results.round(zero.seconds()));
    d.put("overhead_beyond_0s_suite_s", Results.round(four.seconds() - zero.seconds() - RUN_MS / 1000.0));
    d.put("naive_sample_cases", NAIVE_SAMPLE);
    d.put("naive_per_case_s", Results.round(naivePerCase));
    d.put("naive_60_extrapolated_s", Results.round(naive60));
    results.notes().put("b1", String.format(java.util.Locale.ROOT,
        "B1: 60 runs of 4 s in 3 classes took %.2f s (the same suite with 0 s runs: %.2f s). The naive baseline"
            + " was timed on %d cases (%.2f s each) and scaled linearly to 60: %.0f s.",
        four.seconds(), zero.seconds(), NAIVE_SAMPLE, naivePerCase, naive60));
    BenchMain.log("suite of 60 × 4 s: %.2f s; of 60 × 0 s: %.2f s; naive %.2f s per case → %.0f s for 60",
        four.seconds(), zero.seconds(), naivePerCase, naive60);
  }

  /** Seconds the naive loop takes for the first {@link #NAIVE_SAMPLE} cases, one after another. */
  static double naive(String baseUrl) throws InterruptedException {
    try (PlaygentClient client = PlaygentClient.builder().baseUrl(baseUrl).apiKey("bench-naive").build()) {
      long started = System.nanoTime();
      int turns = 0;
      for (int i = 1; i <= NAIVE_SAMPLE; i++) {
        CreateRunResponse created = client.createRun(CreateRunRequest.forTestCase(String.format("tc_s%05d", i)));
        Run run;
        do {
          Thread.sleep(1000);
          run = client.getRun(created.runId());
        } while (!run.isTerminal());
        turns += run.turnsOrEmpty().size();
      }
      if (turns != NAIVE_SAMPLE * 3) {
        throw new IllegalStateException("naive baseline saw " + turns + " turns");
      }
      return (System.nanoTime() - started) / 1e9;
    }
  }

  static void check(Suite.Outcome o, String what) {
    // 60 cases × 3 turns (a run has a verdict test of its own only when it failed or judged nothing);
    // about one synthetic turn in ten fails by design.
    if (o.summary().getTestsFoundCount() != CASES * 3L) {
      throw new IllegalStateException("B1 " + what + " suite reported " + o.summary().getTestsFoundCount()
          + " tests instead of " + CASES * 3 + "; see " + o.log());
    }
    o.problems().stream().filter(p -> !p.isTurnVerdict()).findFirst().ifPresent(p -> {
          throw new IllegalStateException("B1 " + what + " suite: " + p + "; see " + o.log());
        });
  }
}
