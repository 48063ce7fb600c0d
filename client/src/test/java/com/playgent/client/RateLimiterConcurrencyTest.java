package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.client.model.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Many concurrent callers on one key are spaced by the headers, so the service never has to answer 429. */
class RateLimiterConcurrencyTest {
  static final int LIMIT = 10;
  static final long WINDOW_MS = 2000;

  /** Fixed windows aligned to whole seconds (X-RateLimit-Reset is epoch seconds); 429 beyond the limit. */
  static final class WindowedService extends Dispatcher {
    long windowEnd;
    int used;
    int served;
    int served429;

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
      long now = System.currentTimeMillis();
      long end = (now / WINDOW_MS + 1) * WINDOW_MS;
      if (end != windowEnd) {
        windowEnd = end;
        used = 0;
      }
      MockResponse.Builder response;
      if (used >= LIMIT) {
        served429++;
        response = TestSupport.jsonBuilder(429, TestSupport.errorJson("rate_limit_exceeded", "over the limit"))
            .setHeader("Retry-After", Long.toString(Math.max(1, (end - now + 999) / 1000)));
      } else {
        used++;
        served++;
        String id = request.getUrl().pathSegments().get(2);
        response = TestSupport.jsonBuilder(200, TestSupport.runJson(id, "completed"));
      }
      return response
          .setHeader("X-RateLimit-Limit", Integer.toString(LIMIT))
          .setHeader("X-RateLimit-Remaining", Integer.toString(Math.max(0, LIMIT - used)))
          .setHeader("X-RateLimit-Reset", Long.toString(end / 1000))
          .build();
    }
  }

  private final WindowedService service = new WindowedService();
  private MockWebServer server;
  private PlaygentClient client;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(service);
    server.start();
    client = TestSupport.clientFor(server);
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  @Timeout(value = 8, unit = TimeUnit.SECONDS)
  void twentyConcurrentCallers_allSucceed_andTheServiceNeverAnswers429() {
    List<CompletableFuture<Run>> runs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      runs.add(client.getRunAsync("run_" + i));
    }

    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).orTimeout(7, TimeUnit.SECONDS).join();

    assertThat(runs).extracting(f -> f.join().runId()).hasSize(20).doesNotHaveDuplicates();
    synchronized (service) {
      assertThat(service.served429).as("429 answers served").isZero();
      assertThat(service.served).isEqualTo(20);
    }
    assertThat(client.lastRateLimit()).isNotNull();
    assertThat(client.lastRateLimit().limit()).isEqualTo(LIMIT);
  }
}
