package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code build()} checks every value before any request and says what is wrong and how to fix it. */
class BuilderValidationTest {
  private static final String KEY = TestSupport.API_KEY;

  @Test
  void missingKey_isRefused_withTheFix() {
    assertThatThrownBy(() -> PlaygentClient.builder().build())
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageStartingWith("no Playgent API key: set the PLAYGENT_API_KEY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n", "\t"})
  void blankKey_isRefused_withTheFix(String key) {
    assertThatThrownBy(() -> PlaygentClient.builder().apiKey(key).build())
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageStartingWith("no Playgent API key: set the PLAYGENT_API_KEY");
  }

  @Test
  void keyWithTrailingNewline_isRefused_withoutPrintingIt() {
    PlaygentConfigurationException e = catchThrowableOfType(PlaygentConfigurationException.class,
        () -> PlaygentClient.builder().apiKey(KEY + "\n").build());

    assertThat(e.getMessage()).contains("newline").doesNotContain(KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a url", "api.playgent.com/v1", "ftp://api.playgent.com/v1", "https://"})
  void malformedBaseUrl_isRefused_namingTheValue(String url) {
    assertThatThrownBy(() -> PlaygentClient.builder().apiKey(KEY).baseUrl(url).build())
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("'" + url + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.playgent.com/v1", "http://10.0.0.5:8787/v1", "http://localhost.example.com/v1"})
  void plainHttpToAnotherMachine_isRefused_sayingWhyAndWhatToDo(String url) {
    assertThatThrownBy(() -> PlaygentClient.builder().apiKey(KEY).baseUrl(url).build())
        .isInstanceOf(PlaygentConfigurationException.class)
        .hasMessageContaining("unencrypted")
        .hasMessageContaining("https://")
        .hasMessageContaining("loopback")
        .hasMessageNotContaining(KEY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8787/v1", "http://localhost:8787/v1", "http://[::1]:8787/v1"})
  void plainHttpToThisMachine_isAccepted(String url) {
    try (PlaygentClient client = PlaygentClient.builder().apiKey(KEY).baseUrl(url).build()) {
      assertThat(client.baseUrl()).isEqualTo(url);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.playgent.com/v1", "https://playgent.internal.example:8443/api/v1"})
  void httpsToAnyHost_isAccepted(String url) {
    try (PlaygentClient client = PlaygentClient.builder().apiKey(KEY).baseUrl(url).build()) {
      assertThat(client.baseUrl()).isEqualTo(url);
    }
  }

  @Test
  void defaultBaseUrl_isTheHostedService() {
    try (PlaygentClient client = PlaygentClient.builder().apiKey(KEY).build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.playgent.com/v1");
    }
  }

  @Test
  void nonPositiveTimeoutsAndMissingRetryPolicy_areRefusedAtOnce() {
    assertThatThrownBy(() -> PlaygentClient.builder().readTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> PlaygentClient.builder().retryPolicy(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("retryPolicy");
    assertThatThrownBy(() -> new RetryPolicy(0, java.time.Duration.ZERO, java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
  }
}
