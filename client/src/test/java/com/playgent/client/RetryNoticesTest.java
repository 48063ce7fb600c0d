package com.playgent.client;

import static com.playgent.client.TestSupport.errorJson;
import static com.playgent.client.TestSupport.json;
import static com.playgent.client.TestSupport.runJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** A caller that takes the retry notices gets one line per retry, saying what is retried, why, when and which attempt. */
class RetryNoticesTest {

  @Test
  void should_send_one_line_per_retry_to_the_callers_sink() throws IOException {
    List<String> notices = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      server.start();
      server.enqueue(json(503, errorJson("unavailable", "try later")));
      server.enqueue(json(200, runJson("run_1", "completed")));
      try (PlaygentClient client = TestSupport.builderFor(server).retryNotices(notices::add).build()) {
        client.getRun("run_1");
      }
    }

    assertThat(notices).singleElement().asString()
        .startsWith("retrying GET /v1/runs/run_1 after HTTP 503")
        .endsWith("(attempt 2 of " + TestSupport.FAST_RETRY.maxAttempts() + ")");
  }
}
