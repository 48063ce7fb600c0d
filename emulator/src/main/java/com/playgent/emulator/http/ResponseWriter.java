package com.playgent.emulator.http;

import com.playgent.emulator.FaultRule;
import com.playgent.emulator.fault.FaultPlan;
import com.playgent.emulator.fault.BodyEdits;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** Turn an {@link ApiResponse} and the request's {@link FaultPlan} into a {@link MockResponse}. */
final class ResponseWriter {
  /** Extra bytes a truncated body promises in {@code Content-Length}. */
  static final int TRUNCATION_SHORTFALL = 64;

  private ResponseWriter() {}

  static MockResponse write(ApiResponse response, FaultPlan plan) {
    BodyEdits.apply(response.body(), plan, body -> Json.write(body).getBytes(StandardCharsets.UTF_8).length);
    String json = Json.write(response.body());
    MockResponse.Builder b = new MockResponse.Builder()
        .status("HTTP/1.1 " + response.status() + " " + reason(response.status()));
    b.setHeader("Content-Type", "application/json; charset=utf-8");
    for (Map.Entry<String, String> h : response.headers().entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    if (!plan.delay().isZero()) {
      b.headersDelay(plan.delay().toMillis(), TimeUnit.MILLISECONDS);
    }
    FaultRule fault = plan.connection();
    if (fault == null) {
      return b.body(json).build();
    }
    switch (fault.kind()) {
      case TRUNCATE_BODY -> {
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        b.body(json);
        b.setHeader("Content-Length", length + TRUNCATION_SHORTFALL);
        b.onResponseEnd(new SocketEffect.CloseSocket(true, false, false));
      }
      case MALFORMED_BODY -> b.body(json.substring(0, json.length() / 2));
      case DROP_CONNECTION -> b.body(json).onResponseStart(new SocketEffect.CloseSocket(true, false, false));
      case RESET_MID_BODY -> b.body(json).onResponseBody(new SocketEffect.CloseSocket(true, false, false));
      case HANG -> b.body(json).onResponseStart(SocketEffect.Stall.INSTANCE);
      default -> b.body(json);
    }
    return b.build();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 307 -> "Temporary Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Status";
    };
  }
}
