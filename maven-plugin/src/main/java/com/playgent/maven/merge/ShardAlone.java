package com.playgent.maven.merge;

import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.SessionSet;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether the sessions one output directory holds are part of a sharded suite without all of its
 * shards: a CI shard job's own {@code check}. Its gates would judge a part as if it were the whole
 * (a pass rate over a third of the cases, a baseline's cost and p95 against a part), so they are
 * judged where the shards are merged instead. The shards present and missing are the merge's
 * {@link ShardCheck} over this one directory.
 */
public final class ShardAlone {
  private ShardAlone() {}

  /** {@code shard 2/3} or {@code shards 1/3, 2/3}; empty when the sessions are unsharded or every shard is there. */
  public static Optional<String> of(List<SessionRecord> sessions) {
    if (sessions.isEmpty() || sessions.stream().anyMatch(s -> s.shard() == null)) {
      return Optional.empty();
    }
    InputMerge.Input input = new InputMerge.Input(Path.of("."), new SessionSet(sessions, "the sessions read"));
    ShardCheck check = ShardCheck.of(List.of(input));
    if (!check.errors().isEmpty() || check.missing().isEmpty()) {
      return Optional.empty(); // an unreadable or mixed shard set is the merge's to report, not this check's
    }
    List<String> present = input.shards().stream()
        .sorted(Comparator.comparingInt(s -> Integer.parseInt(s.substring(0, s.indexOf('/'))))).toList();
    return Optional.of((present.size() == 1 ? "shard " : "shards ") + String.join(", ", present));
  }
}
