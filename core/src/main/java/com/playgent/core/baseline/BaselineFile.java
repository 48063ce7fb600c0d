package com.playgent.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.client.PlaygentConfigurationException;
import com.playgent.client.store.AtomicFiles;
import com.playgent.core.baseline.Baseline.CaseStats;
import com.playgent.core.baseline.Baseline.SuiteStats;
import com.playgent.core.baseline.Baseline.TurnStats;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes and reads {@code baseline.json}. The output is deterministic so a re-bless of the same runs
 * gives the same bytes and a changed baseline diffs well in review: keys in a fixed order, entries
 * sorted (suites by name, test cases by key, turns by number, scorers by name), numbers as rounded
 * decimals, two-space indentation, LF line ends and a final newline on every platform. Unknown
 * values are written as {@code null}, never as 0.
 */
public final class BaselineFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BaselineFile() {}

  public static void write(Path file, Baseline baseline) {
    byte[] bytes = bytes(baseline);
    AtomicFiles.write(file, bytes);
  }

  /** The file's exact content. */
  public static byte[] bytes(Baseline baseline) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return (MAPPER.writer(printer).writeValueAsString(tree(baseline)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a Playgent baseline: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a baseline file.
   *
   * @throws PlaygentConfigurationException when it is missing, unreadable or not a baseline, naming the
   *     file and how to make one
   */
  public static Baseline read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new PlaygentConfigurationException("Playgent baseline " + file.toAbsolutePath() + " does not exist: bless"
          + " one with mvn playgent:baseline after a build whose results are the ones to keep, or name an existing"
          + " file with playgent.baseline");
    } catch (IOException e) {
      throw new PlaygentConfigurationException("Playgent baseline " + file.toAbsolutePath() + " cannot be read: "
          + e.getMessage() + ". Bless it again with mvn playgent:baseline, or name another file with playgent.baseline");
    }
    try {
      return fromTree(root);
    } catch (RuntimeException e) {
      throw new PlaygentConfigurationException("Playgent baseline " + file.toAbsolutePath() + " is not a baseline "
          + "file (schema " + Baseline.SCHEMA + "): " + e.getMessage() + ". Bless it again with mvn playgent:baseline");
    }
  }

  private static ObjectNode tree(Baseline b) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", b.schema());
    root.put("created_at", b.createdAt());
    strings(root.putArray("sessions"), b.sessions());
    strings(root.putArray("run_ids"), b.runIds());
    suite(root.putObject("total"), b.total(), false);
    ArrayNode suites = root.putArray("suites");
    for (SuiteStats s : b.suites()) {
      suite(suites.addObject(), s, true);
    }
    ArrayNode cases = root.putArray("test_cases");
    for (CaseStats c : b.testCases()) {
      ObjectNode n = cases.addObject();
      n.put("id", c.key());
      n.put("name", c.name());
      n.put("runs", c.runs());
      if (c.repeated()) { // the rule its turns are judged by; without these keys, every run must pass
        n.put("repeats", c.repeats());
        n.put("min_passes", c.minPasses());
      }
      ArrayNode turns = n.putArray("turns");
      for (TurnStats t : c.turns()) {
        ObjectNode tn = turns.addObject();
        tn.put("turn", t.turn());
        tn.put("runs", t.runs());
        tn.put("passed", t.passed());
        tn.put("pass_rate", decimal(t.passRate(), 4));
        ObjectNode scorers = tn.putObject("scorer_means");
        t.scorerMeans().forEach((name, mean) -> scorers.put(name, decimal(mean, 4)));
      }
    }
    return root;
  }

  private static void suite(ObjectNode n, SuiteStats s, boolean named) {
    if (named) {
      n.put("name", s.name());
    }
    n.put("runs", s.runs());
    n.put("turns", s.turns());
    if (s.costUsd() == null) {
      n.putNull("cost_usd");
    } else {
      n.put("cost_usd", decimal(s.costUsd(), 6));
    }
    if (s.p95LatencyMs() == null) {
      n.putNull("p95_latency_ms");
    } else {
      n.put("p95_latency_ms", s.p95LatencyMs());
    }
  }

  /** A plain decimal with trailing zeros dropped ({@code 0.9}, {@code 1}, {@code 0.0123}): the same for the same value. */
  private static BigDecimal decimal(double value, int decimals) {
    BigDecimal d = BigDecimal.valueOf(BaselineBuilder.round(value, decimals)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static Baseline fromTree(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    int schema = required(root, "schema").asInt();
    if (schema != Baseline.SCHEMA) {
      throw new IllegalArgumentException("schema " + schema + " is not " + Baseline.SCHEMA
          + " (written by another playgent version)");
    }
    List<SuiteStats> suites = new ArrayList<>();
    for (JsonNode s : root.path("suites")) {
      suites.add(suiteOf(s, required(s, "name").asText()));
    }
    List<CaseStats> cases = new ArrayList<>();
    for (JsonNode c : root.path("test_cases")) {
      Integer repeats = c.path("repeats").isNumber() ? c.path("repeats").asInt() : null;
      Integer minPasses = c.path("min_passes").isNumber() ? c.path("min_passes").asInt() : null;
      if ((repeats == null) != (minPasses == null)) {
        throw new IllegalArgumentException("test case " + c.path("id").asText() + " has one of \"repeats\" and"
            + " \"min_passes\" without the other");
      }
      List<TurnStats> turns = new ArrayList<>();
      for (JsonNode t : c.path("turns")) {
        TreeMap<String, Double> means = new TreeMap<>();
        t.path("scorer_means").fields().forEachRemaining(e -> means.put(e.getKey(), e.getValue().asDouble()));
        turns.add(new TurnStats(required(t, "turn").asInt(), required(t, "runs").asInt(), required(t, "passed").asInt(),
            minPasses, means));
      }
      cases.add(new CaseStats(required(c, "id").asText(), c.path("name").asText(null), c.path("runs").asInt(),
          repeats, minPasses, turns));
    }
    return new Baseline(schema, root.path("created_at").asText(null), texts(root.path("sessions")),
        texts(root.path("run_ids")), suiteOf(required(root, "total"), BaselineBuilder.TOTAL), suites, cases);
  }

  private static SuiteStats suiteOf(JsonNode n, String name) {
    JsonNode cost = n.path("cost_usd");
    JsonNode p95 = n.path("p95_latency_ms");
    return new SuiteStats(name, n.path("runs").asInt(), n.path("turns").asInt(),
        cost.isNumber() ? cost.asDouble() : null, p95.isNumber() ? p95.asLong() : null);
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return v;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
