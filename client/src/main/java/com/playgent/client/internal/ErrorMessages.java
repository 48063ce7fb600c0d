package com.playgent.client.internal;

import com.playgent.client.RateLimitInfo;
import okhttp3.HttpUrl;

/** Error texts that say what failed, on which request, and what to do about it. */
final class ErrorMessages {
  private ErrorMessages() {}

  static String forStatus(
      String method, String path, int status, String code, String apiMessage, RateLimitInfo info, int attempts,
      HttpUrl baseUrl) {
    String request = method + " /v1/" + path;
    String api = (code == null ? "" : " " + code) + (apiMessage == null ? "" : ": " + apiMessage);
    String host = baseUrl.scheme() + "://" + baseUrl.host() + (baseUrl.port() == HttpUrl.defaultPort(baseUrl.scheme()) ? "" : ":" + baseUrl.port());
    switch (status) {
      case 401:
      case 403:
        return "the Playgent API key was rejected (HTTP " + status + api + ") on " + request + " at " + host
            + ". Check PLAYGENT_API_KEY: it must be a key from the Playgent dashboard that is valid for this base URL.";
      case 404:
        return "not found (HTTP 404" + api + ") on " + request + notFoundHint(path);
      case 429:
        return "rate limit exceeded (HTTP 429" + api + ") on " + request + " after " + attempts
            + (attempts == 1 ? " attempt" : " attempts") + (info == null ? "" : " (" + info + ")")
            + ". Lower playgent.max-concurrent-runs or raise the plan's limit.";
      default:
        String kind = status >= 500 ? "Playgent service error" : "request refused";
        String tries = status >= 500 ? " after " + attempts + (attempts == 1 ? " attempt" : " attempts") : "";
        return kind + " (HTTP " + status + api + ") on " + request + tries;
    }
  }

  private static String notFoundHint(String path) {
    if (path.startsWith("runs/")) {
      return ": no run " + path.substring("runs/".length()) + " for this key and base URL";
    }
    return "";
  }
}
