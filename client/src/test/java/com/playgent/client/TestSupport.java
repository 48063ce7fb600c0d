package com.playgent.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;

/** Shared pieces of the client's MockWebServer tests. */
final class TestSupport {
  /** A key distinctive enough that any leak of it into text is found by a plain contains(). */
  static final String API_KEY = "pk_test_S3cr3t-Key-4f2a9c71";

  /** Small backoffs so the retry tests run in milliseconds. */
  static final RetryPolicy FAST_RETRY = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50));

  private TestSupport() {}

  static PlaygentClient.Builder builderFor(MockWebServer server) {
    return PlaygentClient.builder()
        .baseUrl(server.url("/v1").toString())
        .apiKey(API_KEY)
        .retryPolicy(FAST_RETRY)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(5));
  }

  static PlaygentClient clientFor(MockWebServer server) {
    return builderFor(server).build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse.Builder jsonBuilder(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body);
  }

  static String runJson(String runId, String status) {
    return "{\"run_id\":\"" + runId + "\",\"status\":\"" + status + "\",\"success\":"
        + status.equals("completed") + ",\"turns\":[]}";
  }

  static String errorJson(String code, String message) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
  }

  /** A queue dispatcher that also notes when each request arrived (System.nanoTime()). */
  static final class TimedDispatcher extends QueueDispatcher {
    final List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());

    TimedDispatcher() {
      setFailFast(new MockResponse.Builder().code(599).body("{\"error\":{\"code\":\"test\",\"message\":\"no response queued\"}}").build());
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      arrivals.add(System.nanoTime());
      return super.dispatch(request);
    }

    long millisBetween(int first, int second) {
      return (arrivals.get(second) - arrivals.get(first)) / 1_000_000;
    }
  }
}
