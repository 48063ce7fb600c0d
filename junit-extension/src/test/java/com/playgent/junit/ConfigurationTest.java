package com.playgent.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.PlaygentConfigurationException;
import com.playgent.core.settings.Mode;
import com.playgent.core.settings.PlaygentSettings;
import com.playgent.junit.internal.ExtensionSettings;
import com.playgent.junit.internal.PlaygentSession;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Precedence (annotation, parameter, environment, default) and clear errors for bad values. */
class ConfigurationTest {
  @PlaygentTest(baseUrl = "http://127.0.0.1:1/v1", timeout = "90s", agent = "agent_from_annotation",
      thresholds = "faithfulness >= 0.8")
  static class Annotated {}

  static PlaygentSettings resolve(Class<?> type, Map<String, String> params, Map<String, String> env) {
    return ExtensionSettings.read(k -> Optional.ofNullable(params.get(k)),
        type == null ? null : type.getAnnotation(PlaygentTest.class), env::get);
  }

  @Test
  void defaults_apply_when_nothing_is_set() {
    PlaygentSettings s = resolve(null, Map.of(), Map.of("PLAYGENT_API_KEY", "k"));

    assertThat(s.baseUrl()).isEqualTo("https://api.playgent.com/v1");
    assertThat(s.mode()).isEqualTo(Mode.LIVE);
    assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(s.maxConcurrentRuns()).isEqualTo(64);
    assertThat(s.outputDir().toString()).isEqualTo("target/playgent");
    assertThat(s.recordingsDir().toString()).isEqualTo("src/test/resources/playgent");
    assertThat(s.skipWhenUnavailable()).isFalse();
    assertThat(s.prestart()).isTrue();
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void the_read_timeout_is_a_positive_duration() {
    assertThat(resolve(null, Map.of(PlaygentConfig.READ_TIMEOUT, "1500ms"), Map.of()).readTimeout())
        .isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.READ_TIMEOUT, "0"), Map.of()))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessage("playgent.read-timeout must be positive, e.g. 30s");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.READ_TIMEOUT, "fast"), Map.of()))
        .hasMessage("playgent.read-timeout 'fast' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
  }

  @Test
  void annotation_beats_parameter_beats_environment() {
    Map<String, String> params = Map.of(PlaygentConfig.BASE_URL, "http://127.0.0.1:2/v1", PlaygentConfig.TIMEOUT, "5m",
        PlaygentConfig.AGENT, "agent_from_param");
    Map<String, String> env = Map.of("PLAYGENT_BASE_URL", "http://127.0.0.1:3/v1");

    assertThat(resolve(Annotated.class, params, env).baseUrl()).isEqualTo("http://127.0.0.1:1/v1");
    assertThat(resolve(Annotated.class, params, env).timeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(resolve(Annotated.class, params, env).agent()).isEqualTo("agent_from_annotation");
    assertThat(resolve(null, params, env).baseUrl()).isEqualTo("http://127.0.0.1:2/v1");
    assertThat(resolve(null, params, env).agent()).isEqualTo("agent_from_param");
    assertThat(resolve(null, Map.of(), env).baseUrl()).isEqualTo("http://127.0.0.1:3/v1");
  }

  @Test
  void the_key_comes_from_the_parameter_then_the_environment_and_a_loopback_emulator_needs_none() {
    assertThat(resolve(null, Map.of(PlaygentConfig.API_KEY, "p"), Map.of("PLAYGENT_API_KEY", "e")).apiKey()).isEqualTo("p");
    assertThat(resolve(null, Map.of(), Map.of("PLAYGENT_API_KEY", "e")).apiKey()).isEqualTo("e");
    assertThat(resolve(null, Map.of(), Map.of()).apiKey()).isNull();
    assertThat(resolve(null, Map.of(PlaygentConfig.BASE_URL, "http://127.0.0.1:8787/v1"), Map.of()).apiKey())
        .isEqualTo("local-emulator");
    assertThat(resolve(null, Map.of(PlaygentConfig.API_KEY, "secret-123"), Map.of()).toString()).doesNotContain("secret-123");
  }

  @Test
  void a_key_given_as_a_system_property_is_warned_about_without_showing_it() {
    java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
    System.setProperty(PlaygentConfig.API_KEY, "sysprop-key-0042");
    try (PlaygentSession session = new PlaygentSession(
        new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8))) {
      PlaygentSettings s = resolve(null, Map.of(PlaygentConfig.API_KEY, "sysprop-key-0042"), Map.of());
      assertThat(s.apiKey()).isEqualTo("sysprop-key-0042");
      session.pipeline(s);
      session.pipeline(s);
    } finally {
      System.clearProperty(PlaygentConfig.API_KEY);
    }
    String text = console.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("playgent: WARNING the API key was given as the system property playgent.api-key")
        .contains("Surefire copies system properties into target/surefire-reports/TEST-*.xml")
        .contains("set the PLAYGENT_API_KEY environment variable instead")
        .doesNotContain("sysprop-key-0042");
    assertThat(text.split("WARNING", -1)).as("warned once").hasSize(2);
  }

  @Test
  void bad_values_are_refused_naming_the_key_the_value_and_the_fix() {
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.TIMEOUT, "soon"), Map.of()))
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessage("playgent.timeout 'soon' is not a duration: use e.g. 500ms, 90s, 10m or PT10M");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.MODE, "playback"), Map.of()))
        .hasMessage("playgent.mode 'playback' is not a mode: use live, record or replay");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.ON_UNAVAILABLE, "ignore"), Map.of()))
        .hasMessage("playgent.on-unavailable 'ignore' must be fail or skip");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.MAX_CONCURRENT_RUNS, "0"), Map.of()))
        .hasMessage("playgent.max-concurrent-runs must be at least 1, was 0");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.THRESHOLDS, "faithfulness > high"), Map.of()))
        .hasMessageContaining("playgent.thresholds: scorer threshold 'faithfulness > high' is not of the form");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.BASE_URL, "http://api.example.com/v1"), Map.of()))
        .hasMessageContaining("refusing base URL http://api.example.com/v1: plain http would send the API key unencrypted");
    assertThatThrownBy(() -> resolve(null, Map.of(PlaygentConfig.BASE_URL, "not a url"), Map.of()))
        .hasMessageContaining("malformed Playgent base URL 'not a url'");
  }

  @Test
  void durations_take_short_and_iso_forms() {
    assertThat(resolve(null, Map.of(PlaygentConfig.TIMEOUT, "500ms"), Map.of()).timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(resolve(null, Map.of(PlaygentConfig.TIMEOUT, "PT2M"), Map.of()).timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(resolve(null, Map.of(PlaygentConfig.TIMEOUT, "1h"), Map.of()).timeout()).isEqualTo(Duration.ofHours(1));
  }
}
