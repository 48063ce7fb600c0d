package com.playgent.maven.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsAndBaseUrlsTest {
  @Test
  void should_parse_short_and_iso_durations() {
    assertThat(Durations.parse("10m", "t")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Durations.parse("90s", "t")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("90", "t")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Durations.parse("500ms", "t")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("1h", "t")).isEqualTo(Duration.ofHours(1));
    assertThat(Durations.parse("PT2M", "t")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void should_reject_bad_durations_naming_the_parameter() {
    assertThatThrownBy(() -> Durations.parse("soon", "playgent.timeout"))
        .hasMessage("playgent.timeout 'soon' is not a duration; write e.g. 10m, 90s or PT10M");
    assertThatThrownBy(() -> Durations.parse("0s", "playgent.timeout"))
        .hasMessage("playgent.timeout must be positive, was '0s'");
  }

  @Test
  void should_recognise_loopback_emulator_urls_only() {
    assertThat(BaseUrls.isLoopback("http://127.0.0.1:41234/v1")).isTrue();
    assertThat(BaseUrls.isLoopback("http://localhost:8089/v1")).isTrue();
    assertThat(BaseUrls.isLoopback("http://[::1]:8089/v1")).isTrue();
    assertThat(BaseUrls.isLoopback("https://api.playgent.com/v1")).isFalse();
    assertThat(BaseUrls.isLoopback("http://127.0.0.1.evil.example/v1")).isFalse();
    assertThat(BaseUrls.isLoopback("not a url")).isFalse();
    assertThat(BaseUrls.isLoopback(null)).isFalse();
  }
}
