package com.playgent.emulator.state;

import com.playgent.emulator.world.Agent;
import com.playgent.emulator.world.TestCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Hold the live state of an emulator: agents, test cases (from the world and created over the
 * API) and runs. Thread-safe.
 */
public final class Registry {
  private final Map<String, Agent> agents = new ConcurrentHashMap<>();
  private final Map<String, TestCase> cases = new ConcurrentHashMap<>();
  private final List<TestCase> caseOrder = new CopyOnWriteArrayList<>();
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final Map<String, java.util.concurrent.atomic.AtomicInteger> runsOfCase = new ConcurrentHashMap<>();
  private final IdGenerator runIds = new IdGenerator("run_");
  private final IdGenerator agentIds = new IdGenerator("agent_");
  private final IdGenerator caseIds = new IdGenerator("tc_");

  /** Create a registry holding {@code agents} and {@code testCases}. */
  public Registry(List<Agent> agents, List<TestCase> testCases) {
    agents.forEach(this::addAgent);
    testCases.forEach(this::addTestCase);
  }

  /** Return a fresh agent id that is not in use. */
  public String newAgentId() {
    String id;
    do {
      id = agentIds.next();
    } while (agents.containsKey(id));
    return id;
  }

  /** Return a fresh test case id that is not in use. */
  public String newTestCaseId() {
    String id;
    do {
      id = caseIds.next();
    } while (cases.containsKey(id));
    return id;
  }

  /** Add or replace an agent. */
  public void addAgent(Agent agent) {
    agents.put(agent.id(), agent);
  }

  /** Add a test case; a case with the same id is replaced. */
  public synchronized void addTestCase(TestCase testCase) {
    TestCase old = cases.put(testCase.id(), testCase);
    if (old != null) {
      caseOrder.remove(old);
    }
    caseOrder.add(testCase);
  }

  /** Look up an agent. */
  public Optional<Agent> agent(String id) {
    return Optional.ofNullable(agents.get(id));
  }

  /** Look up a test case. */
  public Optional<TestCase> testCase(String id) {
    return Optional.ofNullable(cases.get(id));
  }

  /** Return the test cases carrying any of {@code tags}, in the order they were added. */
  public List<TestCase> withAnyTag(List<String> tags) {
    List<TestCase> out = new ArrayList<>();
    for (TestCase c : caseOrder) {
      if (tags.stream().anyMatch(c::hasTag)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Return every test case, in the order they were added. */
  public List<TestCase> allTestCases() {
    return List.copyOf(caseOrder);
  }

  /** Create and store a run. */
  public Run createRun(List<TestCase> selected, Agent agent, boolean parallel, Instant now) {
    List<TestCase> played = new ArrayList<>();
    for (TestCase c : selected) { // the n-th run of a case plays its n-th variant (world files: across_runs)
      played.add(c.forRun(runsOfCase.computeIfAbsent(c.id(), k -> new java.util.concurrent.atomic.AtomicInteger())
          .incrementAndGet()));
    }
    Run run = new Run(runIds.next(), now, played, agent, parallel);
    runs.put(run.id(), run);
    return run;
  }

  /** Look up a run. */
  public Optional<Run> run(String id) {
    return Optional.ofNullable(runs.get(id));
  }
}
