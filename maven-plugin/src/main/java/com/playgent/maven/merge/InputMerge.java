package com.playgent.maven.merge;

import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.SessionSet;
import com.playgent.core.session.UnitRecord;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.report.SessionRuns;
import com.playgent.maven.report.SessionRuns.JudgedRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several output directories (CI shards, Maven modules) read as one build: each input's sessions are
 * chosen by {@code playgent.sessions} on its own (so {@code current} falls back to each input's
 * latest group when the input was written by another build), then their runs are judged together:
 * each input's runs once, and the runs of different inputs apart even when their ids are equal
 * (every shard job's emulator numbers its runs from the same start). Finds what would make the merge lie ({@link ShardCheck}).
 *
 * @param runs the merged sessions and runs, as one build's
 * @param inputs each input with the sessions read from it
 * @param check duplicated units and shards, and missing shards
 */
public record InputMerge(SessionRuns runs, List<Input> inputs, ShardCheck check) {

  /** One input directory and the sessions chosen in it. */
  public record Input(Path dir, SessionSet sessions) {
    /** The shards its sessions name, e.g. {@code [2/3]}; empty when unsharded. */
    public List<String> shards() {
      return sessions.sessions().stream().map(SessionRecord::shard).filter(s -> s != null).distinct().toList();
    }
  }

  public static InputMerge load(List<Path> dirs, String which, Instant buildStart) {
    List<Input> inputs = new ArrayList<>();
    List<SessionRuns> loaded = new ArrayList<>();
    for (Path dir : dirs) {
      SessionRuns r = SessionRuns.load(dir, which, buildStart);
      loaded.add(r);
      inputs.add(new Input(dir, r.sessions()));
    }
    return new InputMerge(merge(loaded, inputs), List.copyOf(inputs), ShardCheck.of(inputs));
  }

  private static SessionRuns merge(List<SessionRuns> loaded, List<Input> inputs) {
    List<SessionRecord> sessions = new ArrayList<>();
    List<JudgedRun> runs = new ArrayList<>();
    List<SessionRuns.UnitWithoutRun> withoutRun = new ArrayList<>();
    Map<String, String> baseUrls = new HashMap<>();
    Map<String, String> inputOfSession = new HashMap<>();
    for (int i = 0; i < loaded.size(); i++) {
      SessionRuns r = loaded.get(i);
      // Each input's runs once, keyed by input and run id: run ids are the service's, and two emulators
      // reuse them, so every map of runs downstream is keyed by SessionRuns.keyOf.
      String input = loaded.size() == 1 ? null : inputs.get(i).dir().toString();
      sessions.addAll(r.sessions().sessions());
      r.runs().forEach(j -> runs.add(input == null ? j : j.inInput(input)));
      withoutRun.addAll(r.withoutRun());
      r.baseUrls().forEach((runId, url) -> baseUrls.put(SessionRuns.runKey(input, runId), url));
      if (input != null) {
        r.sessions().sessions().forEach(s -> inputOfSession.putIfAbsent(s.sessionId(), input));
      }
    }
    List<String> parts = new ArrayList<>();
    for (Input in : inputs) {
      parts.add(in.dir() + " (" + in.sessions().description() + ")");
    }
    String description = inputs.size() + (inputs.size() == 1 ? " input" : " inputs") + " merged ("
        + SettingKeys.INPUTS + "): " + String.join("; ", parts);
    return new SessionRuns(commonParent(inputs), new SessionSet(sessions, description), runs,
        withoutRun, baseUrls, inputOfSession);
  }

  /** The deepest directory holding every input: what the report names as its source. */
  private static Path commonParent(List<Input> inputs) {
    Path common = inputs.get(0).dir().toAbsolutePath().normalize();
    for (Input in : inputs) {
      Path d = in.dir().toAbsolutePath().normalize();
      while (common != null && !d.startsWith(common)) {
        common = common.getParent();
      }
    }
    return inputs.size() == 1 || common == null ? inputs.get(0).dir() : common;
  }

  /** How a unit is named across shards: its declaration (factory unique id, else origin), label and repeat. */
  static String unitIdentity(SelectionRecord selection, UnitRecord unit) {
    return (selection.uniqueId() != null ? selection.uniqueId() : selection.origin()) + " › " + unit.label()
        + (unit.repeat() != null ? " (repeat " + unit.repeat() + ")" : "");
  }
}
