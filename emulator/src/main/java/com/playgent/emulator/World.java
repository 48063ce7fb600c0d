package com.playgent.emulator;

import com.playgent.emulator.world.Agent;
import com.playgent.emulator.world.SyntheticWorld;
import com.playgent.emulator.world.TestCase;
import com.playgent.emulator.world.WorldReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Hold what an emulator starts with: agents, test cases with their scripted results, and fault
 * rules. Immutable; agents and test cases created over the API are added to the running
 * emulator, not to this object. The file format is documented in the emulator README.
 */
public final class World {
  private static final String DEFAULT_RESOURCE = "/com/playgent/emulator/default-world.json";

  private final List<Agent> agents;
  private final List<TestCase> testCases;
  private final List<FaultRule> faults;

  private World(List<Agent> agents, List<TestCase> testCases, List<FaultRule> faults) {
    this.agents = List.copyOf(agents);
    this.testCases = List.copyOf(testCases);
    this.faults = List.copyOf(faults);
    Set<String> ids = new HashSet<>();
    for (Agent a : this.agents) {
      if (!ids.add(a.id())) {
        throw new WorldException("Duplicate agent id: " + a.id());
      }
    }
    Set<String> known = Set.copyOf(ids);
    for (TestCase t : this.testCases) {
      if (!ids.add(t.id())) {
        throw new WorldException("Duplicate test case id: " + t.id());
      }
      if (!known.contains(t.agentId())) {
        throw new WorldException("Test case " + t.id() + " names unknown agent " + t.agentId());
      }
    }
  }

  /** Build a world from its parts. */
  public static World of(List<Agent> agents, List<TestCase> testCases, List<FaultRule> faults) {
    return new World(Objects.requireNonNull(agents, "agents"),
        Objects.requireNonNull(testCases, "testCases"), Objects.requireNonNull(faults, "faults"));
  }

  /**
   * Return the default world: agent {@code agent_abc123}, test case {@code tc_xyz789} and the
   * other cases listed in the README, so that the documented requests work verbatim.
   */
  public static World defaultWorld() {
    return DefaultHolder.WORLD;
  }

  /** Read a world from a {@code .json}, {@code .yaml} or {@code .yml} file. */
  public static World fromFile(Path file) {
    return from(WorldReader.readFile(file));
  }

  /** Read a world from JSON text. */
  public static World fromJson(String json) {
    return from(WorldReader.readJson(json, "<json>"));
  }

  /** Read a world from YAML text. */
  public static World fromYaml(String yaml) {
    return from(WorldReader.readYaml(yaml, "<yaml>"));
  }

  /**
   * Read a world from a class-path resource ({@code .json}, {@code .yaml} or {@code .yml}),
   * looked up with {@code loader}.
   */
  public static World fromResource(String resource, ClassLoader loader) {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new WorldException("World resource not found on the class path: " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
      return from(yaml ? WorldReader.readYaml(text, resource) : WorldReader.readJson(text, resource));
    } catch (IOException e) {
      throw new WorldException("Cannot read world resource " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * Build a synthetic world for benchmarks: agent {@code agent_abc123} and {@code testCases}
   * cases ({@code tc_s00001}, ...) of {@code turnsPerCase} turns each, about one turn in ten
   * failing, all deterministic from {@code seed}; every run of a case lasts {@code durationMs}.
   */
  public static World synthetic(int testCases, int turnsPerCase, long seed, long durationMs) {
    SyntheticWorld s = SyntheticWorld.build(testCases, turnsPerCase, seed, durationMs);
    return new World(s.agents(), s.testCases(), List.of());
  }

  /** Return the agents. */
  public List<Agent> agents() {
    return agents;
  }

  /** Return the test cases. */
  public List<TestCase> testCases() {
    return testCases;
  }

  /** Return the fault rules the world starts with. */
  public List<FaultRule> faults() {
    return faults;
  }

  private static World from(WorldReader.Contents c) {
    try {
      return new World(c.agents(), c.testCases(), c.faults());
    } catch (WorldException e) {
      throw new WorldException("Malformed world " + c.source() + ": " + e.getMessage(), e);
    }
  }

  private static final class DefaultHolder {
    static final World WORLD = fromResource(DEFAULT_RESOURCE, World.class.getClassLoader());
  }
}
