package com.playgent.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
  private static PlaygentSettings read(Map<String, String> values) {
    return new SettingsReader(List.of(SettingSource.of(values)), Map.<String, String>of()::get).read();
  }

  @Test
  void defaults_apply_when_nothing_is_set() {
    PlaygentSettings s = read(Map.of());

    assertThat(s.baseUrl()).isEqualTo("https://api.playgent.com/v1");
    assertThat(s.apiKey()).isNull();
    assertThat(s.mode()).isEqualTo(Mode.LIVE);
    assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.maxConcurrentRuns()).isEqualTo(64);
    assertThat(s.outputDir().toString()).isEqualTo("target/playgent");
    assertThat(s.reuseRuns()).isNull();
    assertThat(s.progressInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(s.maxResponseSize()).isEqualTo(64L * 1024 * 1024);
  }

  @Test
  void the_first_source_wins_then_the_environment() {
    SettingSource method = SettingSource.of(Map.of(SettingKeys.AGENT, "agent_m"));
    SettingSource params = SettingSource.of(Map.of(SettingKeys.AGENT, "agent_p", SettingKeys.TIMEOUT, "5m"));
    Map<String, String> env = Map.of("PLAYGENT_BASE_URL", "http://127.0.0.1:3/v1/", "PLAYGENT_API_KEY", "e");

    PlaygentSettings s = new SettingsReader(List.of(method, params), env::get).read();

    assertThat(s.agent()).isEqualTo("agent_m");
    assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:3/v1");
    assertThat(s.apiKey()).isEqualTo("e");
  }

  @Test
  void thresholds_merge_per_scorer_the_more_specific_source_winning() {
    SettingSource method = SettingSource.of(Map.of(SettingKeys.THRESHOLDS, "faithfulness >= 0.9"));
    SettingSource params = SettingSource.of(Map.of(SettingKeys.THRESHOLDS, "faithfulness>=0.5,relevance>=0.7"));

    PlaygentSettings s = new SettingsReader(List.of(method, params), k -> null).read();

    assertThat(s.thresholds()).extracting(Object::toString)
        .containsExactly("relevance >= 0.70", "faithfulness >= 0.90");
  }

  @Test
  void a_loopback_base_url_without_a_key_gets_the_emulator_key() {
    assertThat(read(Map.of(SettingKeys.BASE_URL, "http://127.0.0.1:8787/v1")).apiKey())
        .isEqualTo(SettingsReader.EMULATOR_KEY);
    assertThat(read(Map.of(SettingKeys.API_KEY, "secret-123")).toString()).doesNotContain("secret-123");
  }

  @Test
  void durations_have_one_syntax() {
    assertThat(read(Map.of(SettingKeys.TIMEOUT, "500ms")).timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(read(Map.of(SettingKeys.TIMEOUT, "PT2M")).timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(read(Map.of(SettingKeys.TIMEOUT, "1h")).timeout()).isEqualTo(Duration.ofHours(1));
    assertThat(read(Map.of(SettingKeys.PROGRESS_INTERVAL, "0")).progressInterval()).isZero();
    assertThat(read(Map.of(SettingKeys.REUSE_RUNS, "0")).reuseRuns()).isNull();
    assertThatThrownBy(() -> read(Map.of(SettingKeys.TIMEOUT, "90")))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessage("playgent.timeout '90' has no unit: write 90s or 90ms (use e.g. 500ms, 90s, 10m or PT10M)");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.TIMEOUT, "0")))
        .hasMessage("playgent.timeout must be positive, e.g. 10m");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.READ_TIMEOUT, "fast")))
        .hasMessage("playgent.read-timeout 'fast' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
  }

  @Test
  void sizes_have_one_syntax_in_1024_based_units() {
    assertThat(read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "256MB")).maxResponseSize()).isEqualTo(256L << 20);
    assertThat(read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "512 kb")).maxResponseSize()).isEqualTo(512L << 10);
    assertThat(read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "2GiB")).maxResponseSize()).isEqualTo(2L << 30);
    assertThat(read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "1048576")).maxResponseSize()).isEqualTo(1L << 20);
    assertThatThrownBy(() -> read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "64 megs")))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessage("playgent.max-response-size '64 megs' is not a size: use e.g. 64MB, 512KB, 1GB or a number of "
            + "bytes");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "0MB")))
        .hasMessage("playgent.max-response-size must be positive, e.g. 64MB");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.MAX_RESPONSE_SIZE, "99999999999GB")))
        .hasMessage("playgent.max-response-size '99999999999GB' is too large: use e.g. 64MB, 512KB, 1GB or a number"
            + " of bytes");
  }

  @Test
  void a_bad_value_names_where_it_came_from() {
    SettingSource annotation = SettingSource.named("@PlaygentTest", Map.of(SettingKeys.TIMEOUT, "soon"),
        Map.of(SettingKeys.TIMEOUT, "timeout"));
    assertThatThrownBy(() -> new SettingsReader(List.of(annotation), k -> null).read())
        .hasMessage("@PlaygentTest(timeout) 'soon' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
    assertThatThrownBy(() -> new SettingsReader(List.of(), Map.of("PLAYGENT_BASE_URL", "not a url")::get).read())
        .hasMessageContaining("malformed Playgent base URL 'not a url'");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.MODE, "playback")))
        .hasMessage("playgent.mode 'playback' is not a mode: use live, record or replay");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.ON_UNAVAILABLE, "ignore")))
        .hasMessage("playgent.on-unavailable 'ignore' must be fail or skip");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.MAX_CONCURRENT_RUNS, "0")))
        .hasMessage("playgent.max-concurrent-runs must be at least 1, was 0");
    assertThatThrownBy(() -> read(Map.of(SettingKeys.PARALLEL, "yes")))
        .hasMessage("playgent.parallel 'yes' must be true or false");
  }

  @Test
  void reuse_runs_is_unset_a_window_or_off() {
    assertThat(read(Map.of())).satisfies(s -> {
      assertThat(s.reuseRuns()).isNull();
      assertThat(s.reuseRunsOff()).isFalse();
    });
    assertThat(read(Map.of(SettingKeys.REUSE_RUNS, "PT15M"))).satisfies(s -> {
      assertThat(s.reuseRuns()).isEqualTo(Duration.ofMinutes(15));
      assertThat(s.reuseRunsOff()).isFalse();
    });
    for (String off : List.of("off", "OFF", "0")) {
      assertThat(read(Map.of(SettingKeys.REUSE_RUNS, off))).as(off).satisfies(s -> {
        assertThat(s.reuseRuns()).isNull();
        assertThat(s.reuseRunsOff()).isTrue();
      });
    }
    assertThatThrownBy(() -> read(Map.of(SettingKeys.REUSE_RUNS, "sometimes")))
        .hasMessage("playgent.reuse-runs 'sometimes' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
  }

  @Test
  void a_world_file_asks_for_the_embedded_emulator_unless_a_base_url_is_given_anywhere_or_it_is_skipped() {
    Map<String, String> world = Map.of(SettingKeys.EMULATOR_WORLD, "src/test/playgent/world.json");
    assertThat(new SettingsReader(List.of(SettingSource.of(world)), k -> null).embeddedEmulatorWorld())
        .contains("src/test/playgent/world.json");
    assertThat(new SettingsReader(List.of(SettingSource.of(Map.of())), k -> null).embeddedEmulatorWorld()).isEmpty();

    SettingSource withUrl = SettingSource.of(Map.of(SettingKeys.BASE_URL, "http://127.0.0.1:1/v1"));
    assertThat(new SettingsReader(List.of(withUrl, SettingSource.of(world)), k -> null).embeddedEmulatorWorld())
        .as("a base URL given by the build").isEmpty();
    assertThat(new SettingsReader(List.of(SettingSource.of(world)),
        Map.of("PLAYGENT_BASE_URL", "http://127.0.0.1:2/v1")::get).embeddedEmulatorWorld())
        .as("a base URL in the environment").isEmpty();
    SettingSource skip = SettingSource.of(Map.of(SettingKeys.EMULATOR_SKIP, "true"));
    assertThat(new SettingsReader(List.of(skip, SettingSource.of(world)), k -> null).embeddedEmulatorWorld()).isEmpty();
    assertThatThrownBy(() -> new SettingsReader(List.of(SettingSource.of(Map.of(SettingKeys.EMULATOR_SKIP, "yes")),
        SettingSource.of(world)), k -> null).embeddedEmulatorWorld())
        .hasMessage("playgent.emulator.skip 'yes' must be true or false");
  }

  @Test
  void every_setting_has_a_distinct_key_under_playgent() {
    assertThat(Setting.values()).extracting(Setting::key).doesNotHaveDuplicates()
        .allMatch(k -> k.startsWith("playgent.") && k.equals(k.toLowerCase(java.util.Locale.ROOT)));
  }
}
