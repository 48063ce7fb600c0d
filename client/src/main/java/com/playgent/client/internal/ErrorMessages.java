package com.playgent.client.internal;

import com.playgent.client.RateLimitInfo;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Error texts that say what failed, on which request, and what to do about it. */
final class ErrorMessages {
  private ErrorMessages() {}

  static String forStatus(
      String method, String path, int status, String code, String apiMessage, RateLimitInfo info, int attempts,
      HttpUrl baseUrl) {
    String request = method + " /v1/" + path;
    String api = (code == null ? "" : " " + code) + (apiMessage == null ? "" : ": " + apiMessage);
    String host = origin(baseUrl);
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

  /**
   * A redirect to another scheme, host or port, which the client does not follow: the API key is
   * for the configured service only.
   */
  static String refusedRedirect(String request, int status, HttpUrl from, HttpUrl to) {
    return "refused the redirect (HTTP " + status + ") of " + request + " from " + origin(from) + " to "
        + origin(to) + ": the client follows redirects only within the configured service, so that the API key "
        + "stays with it. If the service has moved, set playgent.base-url to its new address.";
  }

  /** A 2xx body over the limit: names the request, what was read and the setting. */
  static String tooLarge(String request, long read, long announced, long limit) {
    return "the answer to " + request + " is larger than playgent.max-response-size (" + size(limit)
        + "): the client stopped reading it after " + String.format(Locale.ROOT, "%,d", read) + " bytes"
        + (announced > 0 ? String.format(Locale.ROOT, ", of %,d announced", announced) : "")
        + ". Raise playgent.max-response-size (maxResponseSize on the client builder) if answers this large are "
        + "expected.";
  }

  /** {@code 64 MB}, {@code 512 KB} or {@code 1,000 bytes}: sizes in 1024-based units, as settings give them. */
  static String size(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return (bytes >> 30) + " GB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KB";
    }
    return String.format(Locale.ROOT, "%,d bytes", bytes);
  }

  /** {@code https://api.playgent.com} or {@code http://127.0.0.1:4010}: scheme, host and a port other than the default. */
  static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + (url.port() == HttpUrl.defaultPort(url.scheme()) ? "" : ":" + url.port());
  }

  private static String notFoundHint(String path) {
    if (path.startsWith("runs/")) {
      return ": no run " + path.substring("runs/".length()) + " for this key and base URL";
    }
    return "";
  }
}
