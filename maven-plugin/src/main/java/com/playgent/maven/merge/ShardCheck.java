package com.playgent.maven.merge;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.pipeline.Shard;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import com.playgent.core.settings.SettingKeys;
import com.playgent.maven.merge.InputMerge.Input;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What makes merged inputs differ from one unsharded build: a shard merged twice, a unit reported
 * by two inputs, shards of different totals ({@code errors}: the merge must not be written), and a
 * shard missing from the set the sessions declare ({@code missing}: the merge is incomplete).
 */
public record ShardCheck(List<String> errors, List<String> missing) {
  private static final int LISTED = 5;

  public ShardCheck {
    errors = List.copyOf(errors);
    missing = List.copyOf(missing);
  }

  public static ShardCheck of(List<Input> inputs) {
    List<String> errors = new ArrayList<>();
    duplicatedShards(inputs, errors);
    duplicatedUnits(inputs, errors);
    List<String> missing = new ArrayList<>();
    missingShards(inputs, errors, missing);
    return new ShardCheck(errors, missing);
  }

  /** Where a session came from, for messages: {@code shards/2/playgent (shard 2/3, session 2026...)}. */
  private record Seen(Input input, SessionRecord session) {
    String describe() {
      return input.dir() + " (" + (session.shard() == null ? "unsharded" : "shard " + session.shard()) + ", session "
          + session.sessionId() + ")";
    }
  }

  private static void duplicatedShards(List<Input> inputs, List<String> errors) {
    Map<String, Seen> first = new LinkedHashMap<>();
    for (Input in : inputs) {
      for (SessionRecord s : in.sessions().sessions()) {
        if (s.shard() == null) {
          continue;
        }
        Seen earlier = first.putIfAbsent(s.shard(), new Seen(in, s));
        if (earlier != null && !earlier.input().dir().equals(in.dir())) {
          errors.add("Shard " + s.shard() + " is merged twice: from " + earlier.describe() + " and from "
              + new Seen(in, s).describe() + ". Each shard must be merged once: remove one of the two directories from "
              + SettingKeys.INPUTS + " (an artefact of an earlier attempt, or a job that ran the same "
              + SettingKeys.SHARD + ").");
          first.put(s.shard() + "@" + in.dir(), new Seen(in, s)); // name each further copy once
        }
      }
    }
  }

  private static void duplicatedUnits(List<Input> inputs, List<String> errors) {
    Map<String, Seen> first = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Input in : inputs) {
      for (SessionRecord s : in.sessions().sessions()) {
        for (SelectionRecord selection : s.selections()) {
          for (UnitRecord unit : selection.units()) {
            String id = InputMerge.unitIdentity(selection, unit);
            Seen earlier = first.putIfAbsent(id, new Seen(in, s));
            if (earlier != null && !earlier.input().dir().equals(in.dir())) {
              duplicates.add(id + ": in " + earlier.describe() + " and in " + new Seen(in, s).describe());
            }
          }
        }
      }
    }
    if (duplicates.isEmpty()) {
      return;
    }
    StringBuilder m = new StringBuilder().append(duplicates.size()).append(duplicates.size() == 1 ? " unit is" : " units are")
        .append(" reported by two inputs, so a merged count would count them twice:");
    duplicates.stream().limit(LISTED).forEach(d -> m.append("\n  ").append(d));
    if (duplicates.size() > LISTED) {
      m.append("\n  and ").append(duplicates.size() - LISTED).append(" more");
    }
    m.append("\nMerge each shard once (remove the duplicate directory from ").append(SettingKeys.INPUTS)
        .append("), and run every shard with the same total n in ").append(SettingKeys.SHARD).append("=i/n.");
    errors.add(m.toString());
  }

  private static void missingShards(List<Input> inputs, List<String> errors, List<String> missing) {
    Map<Integer, TreeSet<Integer>> byTotal = new LinkedHashMap<>();
    for (Input in : inputs) {
      for (SessionRecord s : in.sessions().sessions()) {
        if (s.shard() == null) {
          continue;
        }
        Shard shard;
        try {
          shard = Shard.parse(s.shard(), "the shard of session " + s.sessionId() + " in " + in.dir());
        } catch (PlaygentConfigurationException e) {
          errors.add(e.getMessage());
          continue;
        }
        byTotal.computeIfAbsent(shard.total(), n -> new TreeSet<>()).add(shard.index());
      }
    }
    if (byTotal.size() > 1) {
      errors.add("The inputs mix shards of different totals (" + byTotal.keySet().stream().map(n -> "of " + n).toList()
          + "): a unit's shard depends on n, so such shards overlap and leave gaps. Merge the shards of one run of "
          + "the pipeline, all with the same " + SettingKeys.SHARD + "=i/n.");
      return;
    }
    byTotal.forEach((total, present) -> {
      for (int i = 1; i <= total; i++) {
        if (!present.contains(i)) {
          missing.add(i + "/" + total);
        }
      }
    });
  }

  /** One sentence naming the missing shards and the fix, or null when none is missing. */
  public String missingMessage() {
    if (missing.isEmpty()) {
      return null;
    }
    String total = missing.get(0).substring(missing.get(0).indexOf('/') + 1);
    return (missing.size() == 1 ? "Shard " + missing.get(0) + " is" : "Shards " + String.join(", ", missing) + " are")
        + " missing from " + SettingKeys.INPUTS + " (the sessions read declare " + total + " shards): the merged "
        + "results are not the whole suite. Add the missing shard's output directory (download its artefact), or run "
        + "that shard again.";
  }
}
