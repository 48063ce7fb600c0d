package com.playgent.emulator.world;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.playgent.emulator.FaultRule;
import com.playgent.emulator.WorldException;
import com.playgent.emulator.fault.FaultSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read world documents (JSON or YAML) into agents, test cases and fault rules. Every problem
 * becomes a {@link WorldException} naming the source, the line and column or JSON path, and the
 * problem.
 */
public final class WorldReader {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Set<String> TOP_FIELDS = Set.of("agents", "test_cases", "faults");

  /**
   * Hold the parsed parts of a world.
   *
   * @param source where they came from, for messages
   * @param agents the agents
   * @param testCases the test cases
   * @param faults the fault rules
   */
  public record Contents(String source, List<Agent> agents, List<TestCase> testCases, List<FaultRule> faults) {}

  private WorldReader() {}

  /** Read a {@code .json}, {@code .yaml} or {@code .yml} file. */
  public static Contents readFile(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    if (!yaml && !name.endsWith(".json")) {
      throw new WorldException("World file " + file + ": unsupported extension; use .json, .yaml or .yml");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new WorldException("World file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new WorldException("World file " + file + " cannot be read: " + e.getMessage(), e);
    }
    return yaml ? readYaml(text, file.toString()) : readJson(text, file.toString());
  }

  /** Read JSON text; {@code source} names it in messages. */
  public static Contents readJson(String text, String source) {
    return read(JSON, text, source);
  }

  /** Read YAML text; {@code source} names it in messages. */
  public static Contents readYaml(String text, String source) {
    return read(YAML, text, source);
  }

  private static Contents read(ObjectMapper mapper, String text, String source) {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String where = loc == null ? "" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ":";
      throw new WorldException("Malformed world file " + source + ":" + where + " "
          + e.getOriginalMessage(), e);
    }
    try {
      return parse(root, source);
    } catch (InvalidInputException e) {
      throw new WorldException("Malformed world file " + source + ": at " + e.path() + ": "
          + e.problem(), e);
    } catch (IllegalArgumentException e) {
      throw new WorldException("Malformed world file " + source + ": " + e.getMessage(), e);
    }
  }

  private static Contents parse(JsonNode root, String source) {
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException("(root)", "The document is empty");
    }
    JsonFields.object(root, "");
    JsonFields.rejectUnknown(root, "", TOP_FIELDS);
    Map<String, Agent> agents = new HashMap<>();
    List<Agent> agentList = new ArrayList<>();
    JsonNode agentsNode = array(root, "agents");
    for (int i = 0; i < agentsNode.size(); i++) {
      String path = "agents[" + i + "]";
      int n = i;
      Agent a = AgentParser.parse(agentsNode.get(i), path, true, () -> "agent_w" + pad(n));
      if (agents.putIfAbsent(a.id(), a) != null) {
        throw new InvalidInputException(path + ".id", "Duplicate agent id: " + a.id());
      }
      agentList.add(a);
    }
    TestCaseParser parser = new TestCaseParser(id -> Optional.ofNullable(agents.get(id)), true);
    List<TestCase> cases = new ArrayList<>();
    Set<String> caseIds = new java.util.HashSet<>();
    JsonNode casesNode = array(root, "test_cases");
    for (int i = 0; i < casesNode.size(); i++) {
      String path = "test_cases[" + i + "]";
      int n = i;
      TestCase tc = parser.parse(casesNode.get(i), path, () -> "tc_w" + pad(n));
      if (!caseIds.add(tc.id())) {
        throw new InvalidInputException(path + ".id", "Duplicate test case id: " + tc.id());
      }
      cases.add(tc);
    }
    List<FaultRule> faults = new ArrayList<>();
    JsonNode faultsNode = array(root, "faults");
    for (int i = 0; i < faultsNode.size(); i++) {
      faults.add(fault(faultsNode.get(i), "faults[" + i + "]"));
    }
    return new Contents(source, agentList, cases, faults);
  }

  @SuppressWarnings("unchecked")
  private static FaultRule fault(JsonNode node, String path) {
    try {
      if (node.isTextual()) {
        return FaultSpec.parse(node.asText());
      }
      JsonFields.object(node, path);
      return FaultSpec.fromMap(JSON.convertValue(node, Map.class));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path, e.getMessage());
    }
  }

  private static JsonNode array(JsonNode root, String field) {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      return JSON.createArrayNode();
    }
    if (!v.isArray()) {
      throw JsonFields.typeError("", field, "an array", v);
    }
    return v;
  }

  private static String pad(int n) {
    return String.format("%05d", n + 1);
  }
}
