package com.playgent.maven.merge;

import com.playgent.core.pipeline.Shard;
import com.playgent.core.session.SessionRecord;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether the sessions one output directory holds are part of a sharded suite without all of its
 * shards: a CI shard job's own {@code check}. Its gates would judge a part as if it were the whole
 * (a pass rate over a third of the cases, a baseline's cost and p95 against a part), so they are
 * judged where the shards are merged instead.
 */
public final class ShardAlone {
  private ShardAlone() {}

  /** {@code shard 2/3} or {@code shards 1/3, 2/3}; empty when the sessions are unsharded or every shard is there. */
  public static Optional<String> of(List<SessionRecord> sessions) {
    if (sessions.isEmpty() || sessions.stream().anyMatch(s -> s.shard() == null)) {
      return Optional.empty();
    }
    TreeSet<Integer> present = new TreeSet<>();
    int total = -1;
    for (SessionRecord s : sessions) {
      Shard shard;
      try {
        shard = Shard.parse(s.shard(), "session " + s.sessionId());
      } catch (RuntimeException e) {
        return Optional.empty(); // an unreadable shard is the merge's to report, not this check's
      }
      if (total != -1 && total != shard.total()) {
        return Optional.empty();
      }
      total = shard.total();
      present.add(shard.index());
    }
    if (present.size() == total) {
      return Optional.empty();
    }
    int n = total;
    List<String> names = present.stream().map(i -> i + "/" + n).toList();
    return Optional.of((names.size() == 1 ? "shard " : "shards ") + String.join(", ", names));
  }
}
