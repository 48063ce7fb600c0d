package com.playgent.client.internal;

import com.playgent.client.PlaygentApiException;
import com.playgent.client.PlaygentResponseException;
import com.playgent.client.PlaygentTransportException;
import com.playgent.client.RateLimitInfo;
import com.playgent.client.RetryPolicy;
import com.playgent.client.model.ErrorBody;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Sends one API request asynchronously, with the rate limiter, retries and error mapping.
 *
 * <p>Retries are scheduled, never slept, so thousands of waiting requests cost no threads.
 */
public final class HttpTransport {
  private static final System.Logger LOG = System.getLogger("com.playgent.client");
  /** The longest Retry-After the client waits out; a longer one fails the request, saying so. */
  static final long MAX_RETRY_AFTER_MS = 120_000;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String apiKey;
  private final String authorization;
  private final String userAgent;
  private final RetryPolicy retry;
  private final RateLimiter limiter;
  private final ScheduledExecutorService scheduler;
  private final long maxResponseBytes;
  private final Consumer<String> retryNotices;

  public HttpTransport(
      OkHttpClient http,
      HttpUrl baseUrl,
      String apiKey,
      String userAgent,
      RetryPolicy retry,
      RateLimiter limiter,
      ScheduledExecutorService scheduler,
      long maxResponseBytes,
      Consumer<String> retryNotices) {
    this.http = http.newBuilder()
        .addNetworkInterceptor(new CrossHostAuthorizationGuard(baseUrl))
        .addNetworkInterceptor(new OffOriginRedirects(baseUrl))
        .addNetworkInterceptor(chain -> {
          SendOrder order = chain.request().tag(SendOrder.class);
          if (order != null) {
            order.value = limiter.nextSendOrder();
          }
          return chain.proceed(chain.request());
        })
        .build();
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.authorization = "Bearer " + apiKey;
    this.userAgent = userAgent;
    this.retry = retry;
    this.limiter = limiter;
    this.scheduler = scheduler;
    this.maxResponseBytes = maxResponseBytes;
    this.retryNotices = retryNotices;
  }

  public RateLimiter limiter() {
    return limiter;
  }

  /**
   * Sends a GET to the base URL plus {@code segments}, each one path segment: a {@code /},
   * {@code ?} or {@code #} in one is percent-encoded, never read as URL syntax.
   */
  public <T> CompletableFuture<T> get(List<String> segments, Class<T> type) {
    return send(new Exchange<>("GET", segments, null, type));
  }

  public <T> CompletableFuture<T> post(String path, Object body, Class<T> type) {
    return send(new Exchange<>("POST", List.of(path), Json.write(body), type));
  }

  private <T> CompletableFuture<T> send(Exchange<T> exchange) {
    attempt(exchange);
    return exchange.result;
  }

  private <T> void attempt(Exchange<T> ex) {
    if (ex.result.isDone()) {
      return;
    }
    long wait = limiter.reserve();
    if (wait > 0) {
      scheduler.schedule(() -> attempt(ex), wait, TimeUnit.MILLISECONDS);
      return;
    }
    ex.attempts++;
    SendOrder order = new SendOrder();
    OffOriginRedirects.Refused refused = new OffOriginRedirects.Refused();
    Call call = http.newCall(request(ex).newBuilder().tag(SendOrder.class, order)
        .tag(OffOriginRedirects.Refused.class, refused).build());
    ex.result.whenComplete((v, e) -> {
      if (ex.result.isCancelled()) {
        call.cancel();
      }
    });
    long started = System.nanoTime();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        limiter.onNoResponse();
        onIoFailure(ex, e, false);
      }

      @Override
      public void onResponse(Call c, Response response) {
        try (response) {
          handle(ex, response, order.value, started, refused);
        } catch (RuntimeException e) {
          ex.result.completeExceptionally(e);
        }
      }
    });
  }

  private Request request(Exchange<?> ex) {
    HttpUrl url = resolve(ex.segments);
    Request.Builder b = new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("User-Agent", userAgent)
        .header("Accept", "application/json");
    if (ex.body != null) {
      b.method(ex.method, ex.method.equals("POST") ? new OneShotJsonBody(ex.body) : RequestBody.create(ex.body, JSON));
    } else {
      b.method(ex.method, null);
    }
    return b.build();
  }

  private HttpUrl resolve(List<String> segments) {
    HttpUrl.Builder b = baseUrl.newBuilder();
    for (String segment : segments) {
      b.addPathSegment(segment);
    }
    return b.build();
  }

  private <T> void handle(Exchange<T> ex, Response response, long sendOrder, long started,
      OffOriginRedirects.Refused refused) {
    RateLimitInfo info = rateLimitOf(response);
    int code = response.code();
    long retryAfter = code == 429 || code == 503 ? retryAfterMillis(response, info) : -1;
    limiter.onResponse(sendOrder, info, code == 429, Math.max(retryAfter, 0));
    if (refused.to != null) {
      ex.result.completeExceptionally(new PlaygentApiException(
          ErrorMessages.refusedRedirect(ex.describe(), code, refused.from, refused.to), ex.describe(), code, null,
          null, info));
      return;
    }
    BodyRead body = readBody(response, maxResponseBytes);
    LOG.log(Level.DEBUG, () -> ex.describe() + " -> " + code + " in "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms (attempt " + ex.attempts + ")");
    if (code >= 200 && code < 300) {
      if (body.tooLarge) {
        ex.result.completeExceptionally(tooLarge(ex, body));
        return;
      }
      if (body.failure != null) {
        onBodyCutShort(ex, body);
        return;
      }
      try {
        ex.result.complete(Json.read(body.bytes(), ex.type, ex.describe()));
      } catch (PlaygentResponseException e) {
        if (ex.idempotent() && Json.isTruncation(e) && ex.attempts < retry.maxAttempts()) {
          retryLater(ex, backoff(ex.attempts), "truncated body");
        } else {
          ex.result.completeExceptionally(redacted(e));
        }
      }
      return;
    }
    // An error status is known even when its body broke off or was too large: map what arrived.
    PlaygentApiException error = apiError(ex, code, body, info);
    boolean retryable = code == 429 || code == 503 || (ex.idempotent() && code >= 500);
    if (retryAfter > MAX_RETRY_AFTER_MS) {
      // Waiting that long silently would look like a hung build: report it instead.
      retryable = false;
    }
    if (retryable && ex.attempts < retry.maxAttempts()) {
      // A 429's wait is the limiter's, which every caller shares: it pauses for this answer's
      // Retry-After unless a newer answer has said otherwise since.
      boolean limiterWaits = code == 429 && retryAfter >= 0;
      long delay = limiterWaits ? 0 : retryAfter >= 0 ? retryAfter : backoff(ex.attempts);
      retryLater(ex, delay, "HTTP " + code + (limiterWaits ? " (the rate limiter holds every request for its "
          + "Retry-After of " + retryAfter + " ms)" : ""));
    } else {
      ex.result.completeExceptionally(error);
    }
  }

  /**
   * A 2xx whose body broke off (connection reset, or fewer bytes than its Content-Length). A GET
   * is retried; when no attempt is left, the failure names the request and where the JSON stops.
   */
  private void onBodyCutShort(Exchange<?> ex, BodyRead body) {
    if (!ex.idempotent()) {
      // The status line arrived, so a POST was processed: only idempotent requests may retry.
      onIoFailure(ex, body.failure, true);
      return;
    }
    if (ex.attempts < retry.maxAttempts()) {
      retryLater(ex, backoff(ex.attempts), "body cut short (" + describe(body.failure) + ")");
      return;
    }
    String path = "$";
    try {
      Json.read(body.stream(), ex.type, ex.describe());
    } catch (PlaygentResponseException e) {
      path = e.jsonPath();
    }
    String expected = body.contentLength < 0 ? "" : " of " + body.contentLength;
    ex.result.completeExceptionally(new PlaygentResponseException(
        "truncated response body from " + ex.describe() + " after " + ex.attempts
            + (ex.attempts == 1 ? " attempt" : " attempts") + ": the connection broke after " + body.size()
            + expected + " bytes (" + describe(body.failure) + "); the JSON breaks off at " + path,
        ex.describe(), path, body.failure));
  }

  /** A 2xx larger than the client reads: not retried, the same answer would come again. */
  private PlaygentResponseException tooLarge(Exchange<?> ex, BodyRead body) {
    return new PlaygentResponseException(ErrorMessages.tooLarge(ex.describe(), body.size(), body.contentLength,
        maxResponseBytes), ex.describe(), "$", null);
  }

  /**
   * Reads the body, at most {@code limit} bytes and one more to tell that there are more; on an I/O
   * error keeps the bytes that did arrive.
   */
  private static BodyRead readBody(Response response, long limit) {
    ResponseBody rb = response.body();
    Buffer buffer = new Buffer();
    if (rb == null) {
      return new BodyRead(buffer, -1, null, false);
    }
    long contentLength = rb.contentLength();
    try {
      BufferedSource source = rb.source();
      while (buffer.size() <= limit) {
        if (source.read(buffer, Math.min(8192, limit + 1 - buffer.size())) == -1) {
          return new BodyRead(buffer, contentLength, null, false);
        }
      }
      return new BodyRead(buffer, contentLength, null, true);
    } catch (IOException e) {
      return new BodyRead(buffer, contentLength, e, false);
    }
  }

  /** What arrived of a body: parsed from the buffer without copying it into one more array. */
  private record BodyRead(Buffer buffer, long contentLength, IOException failure, boolean tooLarge) {
    long size() {
      return buffer.size();
    }

    InputStream stream() {
      return buffer.peek().inputStream();
    }

    /**
     * The body as one array, taken out of the buffer (whose segments go back to Okio's pool): Jackson
     * parses an array in place, where a stream over {@link #stream() a peek} copies every byte twice.
     */
    byte[] bytes() {
      return buffer.readByteArray();
    }
  }

  /** Removes the API key from text the service or the JSON parser supplied (a server may echo it). */
  private String redact(String text) {
    return text == null ? null : text.replace(apiKey, "(redacted)");
  }

  private PlaygentResponseException redacted(PlaygentResponseException e) {
    String message = e.getMessage();
    if (message == null || !message.contains(apiKey)) {
      return e;
    }
    // The parser's own exception would still carry the key in its message: leave it out.
    return new PlaygentResponseException(redact(message), e.request(), redact(e.jsonPath()), null);
  }

  private void onIoFailure(Exchange<?> ex, IOException e, boolean afterResponseStarted) {
    boolean safe = ex.idempotent() || (!afterResponseStarted && neverReachedServer(e));
    if (safe && ex.attempts < retry.maxAttempts() && !ex.result.isDone()) {
      retryLater(ex, backoff(ex.attempts), e.getClass().getSimpleName());
      return;
    }
    boolean mayHaveActed = !ex.idempotent() && (afterResponseStarted || !neverReachedServer(e));
    ex.result.completeExceptionally(new PlaygentTransportException(
        ex.describe() + " to " + baseUrl.host() + ":" + baseUrl.port() + " failed after " + ex.attempts
            + (ex.attempts == 1 ? " attempt: " : " attempts: ") + describe(e)
            + (mayHaveActed ? notRetried(ex, afterResponseStarted) : ""),
        ex.describe(), ex.attempts, mayHaveActed, e));
  }

  /** Why a POST that may have been acted on is not sent again; for a create, that its run's id is unknown. */
  private static String notRetried(Exchange<?> ex, boolean afterResponseStarted) {
    if (!ex.path.equals("runs")) {
      return "; not retried: the service may have acted on it";
    }
    return afterResponseStarted
        ? "; not retried: the service started a run, but its answer broke off, so the run's id is unknown"
            + " (a retry would start a second run)"
        : "; not retried: a run may have been started on the service, but no answer arrived, so its id is unknown"
            + " (a retry could start a second run)";
  }

  private void retryLater(Exchange<?> ex, long delayMs, String why) {
    String notice = "retrying " + ex.describe() + " after " + why + " in " + delayMs + " ms (attempt "
        + (ex.attempts + 1) + " of " + retry.maxAttempts() + ")";
    if (retryNotices != null) {
      retryNotices.accept(notice);
    } else {
      LOG.log(Level.INFO, notice);
    }
    scheduler.schedule(() -> attempt(ex), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
  }

  private long backoff(int attempt) {
    long base = retry.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, retry.maxBackoff().toMillis());
    // "Equal jitter": at least half the backoff, so bursts spread without retrying too early.
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }

  private static boolean neverReachedServer(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
  }

  private static String describe(IOException e) {
    String msg = e.getMessage();
    return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : " (" + msg + ")");
  }

  private PlaygentApiException apiError(Exchange<?> ex, int code, BodyRead body, RateLimitInfo info) {
    String errorCode = null;
    String apiMessage = null;
    try {
      ErrorBody parsed = Json.mapper().readValue(body.stream(), ErrorBody.class);
      if (parsed != null && parsed.error() != null) {
        errorCode = redact(parsed.error().code());
        apiMessage = redact(parsed.error().message());
      }
    } catch (IOException | RuntimeException notTheDocumentedShape) {
      // Keep the status; a proxy's HTML error page has no error object.
    }
    return new PlaygentApiException(
        ErrorMessages.forStatus(ex.method, ex.path, code, errorCode, apiMessage, info, ex.attempts, baseUrl),
        ex.describe(), code, errorCode, apiMessage, info);
  }

  static RateLimitInfo rateLimitOf(Response response) {
    Integer limit = intHeader(response, "X-RateLimit-Limit");
    Integer remaining = intHeader(response, "X-RateLimit-Remaining");
    Integer reset = intHeader(response, "X-RateLimit-Reset");
    if (limit == null && remaining == null && reset == null) {
      return null;
    }
    return new RateLimitInfo(limit, remaining, reset == null ? null : Instant.ofEpochSecond(reset));
  }

  /** {@code Retry-After} (seconds or an HTTP date), else {@code X-RateLimit-Reset}; -1 when neither. */
  static long retryAfterMillis(Response response, RateLimitInfo info) {
    String value = response.header("Retry-After");
    long now = System.currentTimeMillis();
    if (value != null) {
      value = value.trim();
      try {
        return Math.max(0, (long) (Double.parseDouble(value) * 1000));
      } catch (NumberFormatException notSeconds) {
        try {
          return Math.max(0, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli() - now);
        } catch (RuntimeException notADate) {
          // fall through to the reset header
        }
      }
    }
    if (info != null && info.reset() != null && response.code() == 429) {
      return Math.max(0, info.reset().toEpochMilli() - now);
    }
    return -1;
  }

  private static Integer intHeader(Response response, String name) {
    String v = response.header(name);
    if (v == null) {
      return null;
    }
    try {
      return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(v.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The order in which an attempt went on the wire, stamped by a network interceptor; 0 if it never did. */
  private static final class SendOrder {
    volatile long value;
  }

  /** One logical request across its attempts. */
  private static final class Exchange<T> {
    final String method;
    final List<String> segments;
    final String path;
    final byte[] body;
    final Class<T> type;
    final CompletableFuture<T> result = new CompletableFuture<>();
    int attempts;

    Exchange(String method, List<String> segments, byte[] body, Class<T> type) {
      this.method = method;
      this.segments = List.copyOf(segments);
      this.path = String.join("/", segments);
      this.body = body;
      this.type = type;
    }

    boolean idempotent() {
      return method.equals("GET");
    }

    String describe() {
      return method + " /v1/" + path;
    }
  }

  /**
   * A POST body OkHttp may not replay: after the request started, OkHttp's own transparent retry
   * and redirect handling give up instead of sending the create a second time.
   */
  private static final class OneShotJsonBody extends RequestBody {
    private final byte[] bytes;

    OneShotJsonBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }
}
