package com.playgent.junit.faults;

import static com.playgent.junit.faults.FaultFixture.result;
import static com.playgent.junit.faults.FaultFixture.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;

import com.playgent.client.PlaygentClient;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * S2 and S3 of the security suite. S1 (the key in no file under {@code target/} and no console
 * line of a whole sample build) is {@code .ci/check-no-key-leak.sh}.
 */
class SecurityTest {
  private static final String KEY = "pg-secret-S3-4711";

  @PlaygentTest
  static class AnyCase {
    @PlaygentCase("tc_pass")
    PlaygentRuns greeting(PlaygentRuns runs) {
      return runs;
    }
  }

  @Test
  void s2_a_plain_http_base_url_to_another_machine_is_refused_with_the_reason_before_anything_is_sent()
      throws IOException {
    try (FaultFixture f = FaultFixture.start()) {
      EngineExecutionResults results = f.run(AnyCase.class, PlaygentConfig.BASE_URL, "http://api.example.com/v1",
          PlaygentConfig.API_KEY, KEY);

      assertThat(result(results, "greeting(PlaygentRuns)").getStatus()).isEqualTo(FAILED);
      assertThat(throwable(results, "greeting(PlaygentRuns)"))
          .hasMessageContaining("refusing base URL http://api.example.com/v1: plain http would send the API key "
              + "unencrypted to api.example.com. Use https://, or http:// only for a loopback host")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));
      assertThat(f.emulator.stats().totalRequests()).isZero();
      try (var files = Files.list(f.outputDir)) {
        assertThat(files).as("nothing written").isEmpty();
      }
    }
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void s3_a_redirect_to_another_host_does_not_carry_the_authorization_header(int status) throws Exception {
    try (MockWebServer service = new MockWebServer(); MockWebServer elsewhere = new MockWebServer()) {
      service.start(InetAddress.getByName("127.0.0.1"), 0);
      elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
      // Another host name and another port: "localhost" is not the configured "127.0.0.1".
      String target = "http://localhost:" + elsewhere.getPort() + "/v1/runs/run_1";
      service.enqueue(new MockResponse.Builder().code(status).setHeader("Location", target).build());
      elsewhere.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
          .body("{\"run_id\":\"run_1\",\"status\":\"completed\",\"success\":true,\"turns\":[]}").build());

      try (PlaygentClient client = PlaygentClient.builder().baseUrl("http://127.0.0.1:" + service.getPort() + "/v1")
          .apiKey(KEY).build()) {
        assertThat(client.getRun("run_1").runId()).isEqualTo("run_1");
      }

      RecordedRequest first = service.takeRequest(5, TimeUnit.SECONDS);
      assertThat(first.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
      RecordedRequest redirected = elsewhere.takeRequest(5, TimeUnit.SECONDS);
      assertThat(redirected).as("the redirect was followed").isNotNull();
      assertThat(redirected.getHeaders().get("Authorization")).isNull();
      assertThat(redirected.getHeaders().toString()).doesNotContain(KEY);
    }
  }
}
