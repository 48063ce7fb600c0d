package com.playgent.junit.faults;

import static com.playgent.junit.faults.FaultFixture.result;
import static com.playgent.junit.faults.FaultFixture.throwable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.TestExecutionResult.Status.FAILED;

import com.playgent.emulator.FaultRule;
import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentConfig;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
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

  @Test
  void s3_a_redirect_to_another_host_is_refused_naming_both_hosts_and_nothing_reaches_that_host() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start(InetAddress.getByName("127.0.0.1"), 0);
      elsewhere.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
          .body("{\"error\":{\"code\":\"unauthorized\",\"message\":\"who are you?\"}}").build());
      // Another host name and another port: "localhost" is not the configured "127.0.0.1".
      String target = "http://localhost:" + elsewhere.getPort() + "/v1/runs/run_elsewhere";
      try (FaultFixture f = FaultFixture.start(FaultRule.on("GET /v1/runs/{run_id}").redirect(target))) {
        EngineExecutionResults results = f.run(AnyCase.class, PlaygentConfig.API_KEY, KEY);

        String runId = f.emulator.stats().createdRunIds().get(0);
        String service = f.baseUrl().substring(0, f.baseUrl().length() - "/v1".length());
        assertThat(result(results, "tc_pass › run").getStatus()).isEqualTo(FAILED);
        assertThat(throwable(results, "tc_pass › run")).hasMessage("test case tc_pass (run " + runId + ") at "
            + f.baseUrl() + ": refused the redirect (HTTP 307) of GET /v1/runs/" + runId + " from " + service
            + " to http://localhost:" + elsewhere.getPort() + ": the client follows redirects only within the"
            + " configured service, so that the API key stays with it. If the service has moved, set"
            + " playgent.base-url to its new address.");
        assertThat(elsewhere.getRequestCount()).isZero();
        assertThat(f.journaled("unfinished")).containsExactly(runId);
      }
    }
  }
}
