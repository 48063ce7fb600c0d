package com.playgent.client;

import com.playgent.client.internal.BaseUrls;
import com.playgent.client.internal.HttpTransport;
import com.playgent.client.internal.PendingFutures;
import com.playgent.client.internal.RateLimiter;
import com.playgent.client.internal.SharedRateLimit;
import com.playgent.client.internal.RunPoller;
import com.playgent.client.model.Agent;
import com.playgent.client.model.CreateAgentRequest;
import com.playgent.client.model.CreateRunRequest;
import com.playgent.client.model.CreateRunResponse;
import com.playgent.client.model.CreateTestCaseRequest;
import com.playgent.client.model.EvaluateRequest;
import com.playgent.client.model.Evaluation;
import com.playgent.client.model.Run;
import com.playgent.client.model.TestCase;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.apiguardian.api.API;

/**
 * The Playgent REST API: start runs, wait for them, read their turns, evaluate one answer.
 *
 * <p>Thread-safe; share one instance per API key. Every operation has a blocking form and an
 * {@code ...Async} form returning a {@link CompletableFuture}, so callers can start many runs at
 * once and wait for them together. Close it to stop its threads.
 *
 * <pre>{@code
 * try (PlaygentClient client = PlaygentClient.builder().apiKey(System.getenv("PLAYGENT_API_KEY")).build()) {
 *   CreateRunResponse created = client.createRun(CreateRunRequest.forTestCase("tc_xyz789"));
 *   Run run = client.awaitRun(created, AwaitOptions.defaults());
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlaygentClient implements AutoCloseable {
  /** The hosted service. */
  public static final String DEFAULT_BASE_URL = "https://api.playgent.com/v1";
  /** The environment variable the key is read from by convention. */
  public static final String API_KEY_ENV = "PLAYGENT_API_KEY";
  /** The environment variable a base URL override is read from by convention. */
  public static final String BASE_URL_ENV = "PLAYGENT_BASE_URL";
  /** The largest answer read by default: {@value} bytes (64 MB). */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 64L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final HttpTransport transport;
  private final RunPoller poller;
  private final ScheduledExecutorService scheduler;
  private final OkHttpClient ownedHttp;
  private final PendingFutures pending = new PendingFutures();

  private PlaygentClient(Builder b, HttpUrl baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.scheduler = newScheduler();
    OkHttpClient http;
    if (b.httpClient != null) {
      http = b.httpClient.newBuilder().connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).build();
      this.ownedHttp = null;
    } else {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(32);
      http = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectTimeout(b.connectTimeout)
          .readTimeout(b.readTimeout)
          .build();
      this.ownedHttp = http;
    }
    this.transport = new HttpTransport(http, baseUrl, apiKey, b.userAgent, b.retryPolicy,
        new RateLimiter(System::currentTimeMillis, b.sharedRateLimit == null ? null
            : new SharedRateLimit(b.sharedRateLimit, baseUrl.toString(), apiKey, System::currentTimeMillis)),
        scheduler, b.maxResponseSize, b.retryNotices);
    this.poller = new RunPoller(scheduler, this::getRunAsync);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The base URL every request goes to, e.g. {@code https://api.playgent.com/v1}. */
  public String baseUrl() {
    String s = baseUrl.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** The rate-limit headers of the newest response (in the order requests were sent) that had them, or null. */
  public RateLimitInfo lastRateLimit() {
    return transport.limiter().last();
  }

  /** Starts a run ({@code POST /v1/runs}). Never retried where the service may already have started it. */
  public CreateRunResponse createRun(CreateRunRequest request) {
    return join(createRunAsync(request));
  }

  public CompletableFuture<CreateRunResponse> createRunAsync(CreateRunRequest request) {
    Objects.requireNonNull(request, "request == null");
    return pending.track(transport.post("runs", request, CreateRunResponse.class));
  }

  /** Reads a run as it is now ({@code GET /v1/runs/{run_id}}). */
  public Run getRun(String runId) {
    return join(getRunAsync(runId));
  }

  public CompletableFuture<Run> getRunAsync(String runId) {
    requireId(runId, "runId");
    return pending.track(transport.get(List.of("runs", runId), Run.class));
  }

  /** Polls until the run is {@code completed} or {@code failed}, or throws {@link PlaygentRunTimeoutException}. */
  public Run awaitRun(CreateRunResponse created, AwaitOptions options) {
    return join(awaitRunAsync(created, options));
  }

  public CompletableFuture<Run> awaitRunAsync(CreateRunResponse created, AwaitOptions options) {
    Objects.requireNonNull(created, "created == null");
    return awaitRunAsync(created.runId(), created.estimatedDurationS(), options);
  }

  public Run awaitRun(String runId, AwaitOptions options) {
    return join(awaitRunAsync(runId, null, options));
  }

  /**
   * Polls a run until it is terminal. The first poll goes out near {@code estimatedSeconds} (null:
   * right away, as for an existing run; 0: after the minimum interval), later ones back off within
   * the options' bounds.
   */
  public CompletableFuture<Run> awaitRunAsync(String runId, Integer estimatedSeconds, AwaitOptions options) {
    requireId(runId, "runId");
    return pending.track(poller.await(runId, estimatedSeconds, Objects.requireNonNull(options, "options == null")));
  }

  /** Judges one input/output pair ({@code POST /v1/evaluate}). */
  public Evaluation evaluate(EvaluateRequest request) {
    return join(evaluateAsync(request));
  }

  public CompletableFuture<Evaluation> evaluateAsync(EvaluateRequest request) {
    Objects.requireNonNull(request, "request == null");
    return pending.track(transport.post("evaluate", request, Evaluation.class));
  }

  /** Creates an agent ({@code POST /v1/agents}). */
  public Agent createAgent(CreateAgentRequest request) {
    return join(createAgentAsync(request));
  }

  public CompletableFuture<Agent> createAgentAsync(CreateAgentRequest request) {
    return transport.post("agents", Objects.requireNonNull(request, "request == null"), Agent.class);
  }

  /** Creates a test case ({@code POST /v1/test-cases}). */
  public TestCase createTestCase(CreateTestCaseRequest request) {
    return join(createTestCaseAsync(request));
  }

  public CompletableFuture<TestCase> createTestCaseAsync(CreateTestCaseRequest request) {
    return transport.post("test-cases", Objects.requireNonNull(request, "request == null"), TestCase.class);
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    pending.failAll(new PlaygentException("the Playgent client was closed while this request or wait was pending",
        null, null));
    if (ownedHttp != null) {
      ownedHttp.dispatcher().executorService().shutdown();
      ownedHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "PlaygentClient[" + baseUrl() + "]";
  }

  /**
   * Only what no URL path segment can carry: the id is sent percent-encoded as one segment, so a
   * {@code /}, {@code ?} or {@code #} in it stays inside it. Whether an id the service gave is one
   * is checked before it gets here (playgent-core's {@code ServiceIds}).
   */
  private static void requireId(String id, String name) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException(name + " '" + id + "' cannot be sent: a URL path resolves it");
    }
  }

  /** Waits for a future and rethrows its {@link PlaygentException} as it is, without a wrapper. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        r.addSuppressed(new PlaygentException("awaited here", null, null));
        throw r;
      }
      throw e;
    }
  }

  private static ScheduledExecutorService newScheduler() {
    ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setName("playgent-scheduler");
      t.setDaemon(true);
      return t;
    });
    s.setRemoveOnCancelPolicy(true);
    return s;
  }

  /** The version of this client, as in its user agent {@code playgent-java/<version>}. */
  public static String version() {
    try (InputStream in = PlaygentClient.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  /** Builds a client; {@link #build()} checks every value and says what is wrong and how to fix it. */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private OkHttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private String userAgent = "playgent-java/" + version();
    private Consumer<String> retryNotices;
    private java.nio.file.Path sharedRateLimit;

    private Builder() {}

    /**
     * Shares what the service says about the rate limit with every JVM that names the same file
     * (e.g. the Surefire forks of one build): one fork's 429 or spent window holds the others' sends
     * too. The file is small JSON under an exclusive lock; it never holds the key. Default: none.
     */
    public Builder sharedRateLimit(java.nio.file.Path stateFile) {
      this.sharedRateLimit = Objects.requireNonNull(stateFile, "stateFile == null");
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Uses the given OkHttp client (its pool and interceptors); timeouts here still apply. Not public:
     * OkHttp is shaded into this jar, so no caller outside it holds an OkHttpClient of this type.
     */
    Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * The largest answer the client reads, in bytes; default {@value PlaygentClient#DEFAULT_MAX_RESPONSE_SIZE}
     * (64 MB). A larger one fails, naming the request and the size read, instead of filling the heap.
     */
    public Builder maxResponseSize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxResponseSize must be positive, was " + bytes);
      }
      this.maxResponseSize = bytes;
      return this;
    }

    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Sends one line per retry ({@code retrying GET /v1/runs/run_x after HTTP 429 in 1000 ms (attempt 2
     * of 5)}) to {@code notices} instead of logging it at INFO to the {@code System.Logger}
     * {@code com.playgent.client}: a test framework prints it on its console, where no test's captured
     * output picks it up.
     */
    public Builder retryNotices(Consumer<String> notices) {
      this.retryNotices = Objects.requireNonNull(notices, "retryNotices == null");
      return this;
    }

    /** Replaces the user agent's product token; {@code playgent-java/<version>} is kept after it. */
    public Builder userAgent(String product) {
      Objects.requireNonNull(product, "userAgent == null");
      this.userAgent = product + " playgent-java/" + version();
      return this;
    }

    public PlaygentClient build() {
      if (apiKey == null || apiKey.isBlank()) {
        throw new PlaygentConfigurationException("no Playgent API key: set the " + API_KEY_ENV
            + " environment variable (or pass apiKey(...) to the client builder). Without an account, point "
            + "playgent.base-url at the local emulator, which takes any key.");
      }
      if (apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
        throw new PlaygentConfigurationException("the Playgent API key contains whitespace or a non-ASCII "
            + "character; copy it again from the Playgent dashboard (a trailing newline is a common cause)");
      }
      HttpUrl url = BaseUrls.parse(baseUrl);
      return new PlaygentClient(this, url, apiKey.trim());
    }

    @Override
    public String toString() {
      return "PlaygentClient.Builder[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? null : "(hidden)") + "]";
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
