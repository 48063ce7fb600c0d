package com.playgent.maven.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.session.Obtained;
import com.playgent.core.session.SelectionRecord;
import com.playgent.core.session.SessionFiles;
import com.playgent.core.session.SessionRecord;
import com.playgent.core.session.UnitRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input directories and the checks of a merge, on session records written to disk. */
class InputMergeTest {
  @TempDir Path base;
  int sessions;

  private Path shardDir(String name, String shard, String... labels) {
    Path dir = base.resolve(name).resolve("playgent");
    List<UnitRecord> units = java.util.Arrays.stream(labels)
        .map(l -> UnitRecord.problem(l, null, Obtained.NONE, com.playgent.core.session.UnitOutcome.NOTHING_MATCHED,
            "none"))
        .toList();
    SelectionRecord selection = new SelectionRecord("com.example.T", "cases", "[engine:junit-jupiter]/[class:T]",
        "@PlaygentCase T.cases()", List.of(labels), List.of(), List.of(), null, List.of(), List.of(), units);
    String id = "20261130T120000.00" + (sessions++) + "Z-abcdef";
    new SessionFiles(dir).write(new SessionRecord(SessionRecord.SCHEMA, id, "playgent-junit", "2026-11-30T12:00:00Z",
        "2026-11-30T12:00:05Z", "live", "127.0.0.1:1", null, "fail", shard, List.of(selection)));
    return dir;
  }

  private InputMerge merge(String spec) {
    return InputMerge.load(InputDirs.resolve(spec, base), "current", Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void a_glob_finds_every_output_directory_and_a_pattern_matching_none_is_named() throws Exception {
    shardDir("shards/1", "1/2", "tc_a");
    shardDir("shards/2", "2/2", "tc_b");
    Files.createDirectories(base.resolve("shards/empty/playgent"));
    assertThat(InputDirs.resolve("shards/*/playgent", base)).containsExactly(
        base.resolve("shards/1/playgent"), base.resolve("shards/2/playgent"));
    assertThatThrownBy(() -> InputDirs.resolve("downloads/*/playgent", base))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("playgent.inputs pattern 'downloads/*/playgent' matches no directory");
    assertThatThrownBy(() -> InputDirs.resolve("shards/empty/playgent", base))
        .hasMessageContaining("playgent.inputs 'shards/empty/playgent'").hasMessageContaining("has no sessions/");
  }

  @Test
  void complete_shards_merge_without_complaint() {
    shardDir("shards/1", "1/2", "tc_a", "tc_c");
    shardDir("shards/2", "2/2", "tc_b");
    InputMerge m = merge("shards/*/playgent");
    assertThat(m.check().errors()).isEmpty();
    assertThat(m.check().missing()).isEmpty();
    assertThat(m.runs().sessions().sessions()).hasSize(2);
    assertThat(m.runs().sessions().description()).startsWith("2 inputs merged (playgent.inputs): ");
    assertThat(m.inputs()).extracting(InputMerge.Input::shards).containsExactly(List.of("1/2"), List.of("2/2"));
  }

  @Test
  void a_missing_shard_is_named_with_the_total_and_the_fix() {
    shardDir("shards/1", "1/3", "tc_a");
    shardDir("shards/3", "3/3", "tc_c");
    ShardCheck check = merge("shards/*/playgent").check();
    assertThat(check.errors()).isEmpty();
    assertThat(check.missing()).containsExactly("2/3");
    assertThat(check.missingMessage()).isEqualTo("Shard 2/3 is missing from playgent.inputs (the sessions read "
        + "declare 3 shards): the merged results are not the whole suite. Add the missing shard's output directory "
        + "(download its artefact), or run that shard again.");
  }

  @Test
  void a_shard_twice_and_its_units_are_errors_naming_both_directories() {
    shardDir("shards/1", "1/2", "tc_a");
    shardDir("shards/2", "2/2", "tc_b");
    shardDir("shards/2b", "2/2", "tc_b");
    ShardCheck check = merge("shards/*/playgent").check();
    assertThat(check.errors()).hasSize(2);
    assertThat(check.errors().get(0)).startsWith("Shard 2/2 is merged twice: from " + base.resolve("shards/2/playgent")
        + " (shard 2/2, session ").contains(" and from " + base.resolve("shards/2b/playgent") + " (shard 2/2, session ");
    assertThat(check.errors().get(1)).startsWith("1 unit is reported by two inputs")
        .contains("[engine:junit-jupiter]/[class:T] › tc_b: in " + base.resolve("shards/2/playgent"));
  }

  @Test
  void shards_of_different_totals_cannot_be_merged() {
    shardDir("shards/1", "1/2", "tc_a");
    shardDir("shards/2", "2/3", "tc_b");
    assertThat(merge("shards/*/playgent").check().errors()).singleElement().asString()
        .startsWith("The inputs mix shards of different totals ([of 2, of 3])");
  }
}
