package com.playgent.maven.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.core.session.SessionRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardAloneTest {
  private static SessionRecord session(String shard) {
    return new SessionRecord(SessionRecord.SCHEMA, "20260101T000000.000Z-aaaaaa", "playgent-junit",
        "2026-01-01T00:00:00Z", "2026-01-01T00:01:00Z", "live", "127.0.0.1:1", null, "fail", shard, List.of());
  }

  @Test
  void names_the_shards_present_when_the_set_is_incomplete() {
    assertThat(ShardAlone.of(List.of(session("2/3")))).contains("shard 2/3");
    assertThat(ShardAlone.of(List.of(session("1/3"), session("3/3")))).contains("shards 1/3, 3/3");
  }

  @Test
  void says_nothing_for_unsharded_sessions_every_shard_or_nothing_at_all() {
    assertThat(ShardAlone.of(List.of())).isEmpty();
    assertThat(ShardAlone.of(List.of(session(null)))).isEmpty();
    assertThat(ShardAlone.of(List.of(session("2/3"), session(null)))).isEmpty();
    assertThat(ShardAlone.of(List.of(session("1/2"), session("2/2")))).isEmpty();
  }
}
