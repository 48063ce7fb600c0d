package com.playgent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A measurement in a fresh JVM on the benchmarks' class path: runs {@code main} with the given JVM
 * options and arguments, its output in {@code <name>.log}, and returns its {@code RESULT {json}} line.
 */
final class ChildJvm {
  private ChildJvm() {}

  static JsonNode run(Path out, String name, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    return run(out, name, null, jvmOptions, main, args);
  }

  /**
   * @param classesFirst a class path entry put before the benchmarks' own (classes of another build
   *     of the same modules, to compare against), or null
   */
  static JsonNode run(Path out, String name, String classesFirst, List<String> jvmOptions, Class<?> main,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(flightRecording(out, name));
    String classPath = System.getProperty("java.class.path");
    command.addAll(List.of("-cp", classesFirst == null ? classPath : classesFirst + java.io.File.pathSeparator + classPath,
        main.getName()));
    command.addAll(List.of(args));
    Path log = out.resolve(name + ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException(name + " did not finish in 5 minutes; see " + log);
    }
    String result = Files.readAllLines(log).stream().filter(l -> l.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new IllegalStateException(name + " exited with " + p.exitValue() + " and no result; see "
            + log));
    return Results.JSON.readTree(result.substring("RESULT ".length()));
  }

  /**
   * With {@code -Dplaygent.bench.jfr=true} on the benchmark JVM, each child JVM records a Java
   * Flight Recording ({@code settings=profile}, a sample every millisecond) to {@code <name>.jfr} beside its log, for
   * {@code jfr print --events jdk.ExecutionSample} or {@code jfr view hot-methods}.
   */
  static List<String> flightRecording(Path out, String name) {
    if (!Boolean.getBoolean("playgent.bench.jfr")) {
      return List.of();
    }
    return List.of("-XX:StartFlightRecording=filename=" + out.resolve(name + ".jfr") + ",settings=profile,jdk.ExecutionSample#period=1ms");
  }

  /** The median of the results' {@code wall_ms}. */
  static double medianWallMs(List<JsonNode> results) {
    return median(results, "wall_ms");
  }

  /** The median of a numeric field of the results. */
  static double median(List<JsonNode> results, String field) {
    List<Double> values = new ArrayList<>(results.stream().map(r -> r.get(field).asDouble()).toList());
    values.sort(Comparator.naturalOrder());
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }
}
