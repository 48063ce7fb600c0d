package com.playgent.bench;

import com.playgent.junit.PlaygentConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the benchmarks B1–B6 (and B3 again with two forks), each on its own emulator and beside its baseline, and writes
 * {@code results.json} and {@code results.md} to the directory given as the first argument.
 * The second argument picks scenarios: {@code all} (default) or e.g. {@code b1,b4}.
 */
public final class BenchMain {
  /**
   * Kept referenced so their levels hold: JUnit's discovery notes, the emulator's and the client's
   * info lines (start-up, retries) would bury the results; the scenarios count what matters.
   */
  private static final List<Logger> QUIET = List.of(Logger.getLogger("org.junit.platform.launcher.core"),
      Logger.getLogger("com.playgent.emulator"), Logger.getLogger("com.playgent.client"));

  static final List<String> SCENARIOS = List.of("b1", "b2", "b3", "b3forks", "b4", "b5", "b6");

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    QUIET.forEach(l -> l.setLevel(Level.WARNING));
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
    Set<String> scenarios = new LinkedHashSet<>();
    String which = args.length > 1 ? args[1].trim().toLowerCase(Locale.ROOT) : "all";
    if (which.isEmpty() || which.equals("all")) {
      scenarios.addAll(SCENARIOS);
    } else {
      for (String s : which.split(",")) {
        if (!SCENARIOS.contains(s.trim())) {
          throw new IllegalArgumentException("unknown scenario '" + s + "': use all, or some of "
              + String.join(",", SCENARIOS));
        }
        scenarios.add(s.trim());
      }
    }
    Files.createDirectories(out);
    Results results = new Results(out);
    long started = System.nanoTime();
    for (String s : scenarios) {
      long t = System.nanoTime();
      System.out.println("== " + s + " ...");
      switch (s) {
        case "b1" -> FanOutBench.run(out, results);
        case "b2" -> RequestEconomyBench.run(out, results);
        case "b3" -> RateLimitBench.run(out, results);
        case "b3forks" -> ForkedRateLimitBench.run(out, results);
        case "b4" -> LargeRunBench.run(out, results);
        case "b5" -> ScaleBench.run(out, results);
        default -> RerunBench.run(out, results);
      }
      results.write();
      System.out.printf(Locale.ROOT, "== %s done in %.1f s%n", s, (System.nanoTime() - t) / 1e9);
    }
    results.write();
    System.out.printf(Locale.ROOT, "%nBenchmarks done in %.1f s; %s%n%n%s", (System.nanoTime() - started) / 1e9,
        out.resolve("results.json"), results.markdown());
    System.exit(0); // the extension's client threads are daemons, but OkHttp's pool may linger
  }

  /** The configuration every benchmark suite runs with: this emulator, its own output, no progress lines. */
  static Map<String, String> parameters(String baseUrl, Path outputDir) {
    Map<String, String> p = new HashMap<>();
    p.put(PlaygentConfig.BASE_URL, baseUrl);
    p.put(PlaygentConfig.OUTPUT_DIR, outputDir.toString());
    p.put(PlaygentConfig.PROGRESS_INTERVAL, "0");
    return p;
  }

  static void log(String format, Object... args) {
    System.out.println("   " + String.format(Locale.ROOT, format, args));
  }
}
