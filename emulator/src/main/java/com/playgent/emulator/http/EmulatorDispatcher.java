package com.playgent.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.playgent.emulator.FaultRule;
import com.playgent.emulator.Faults;
import com.playgent.emulator.RateLimitMode;
import com.playgent.emulator.ServedRequest;
import com.playgent.emulator.fault.FaultPlan;
import com.playgent.emulator.state.Registry;
import com.playgent.emulator.state.StatsRecorder;
import com.playgent.emulator.world.InvalidInputException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answer every request: count it, apply the rate limit and auth, fire faults, route it to its
 * handler and write the documented shapes. Safe to call from many threads at once.
 */
public final class EmulatorDispatcher extends Dispatcher {
  private static final System.Logger LOG = System.getLogger(EmulatorDispatcher.class.getName());

  private final Clock clock;
  private final RateLimiter limiter;
  private final Authenticator auth;
  private final Faults faults;
  private final StatsRecorder stats;
  private final RunsHandler runs;
  private final CatalogHandler catalog;
  private final EvaluateHandler evaluate = new EvaluateHandler();
  private final Runnable drainRecorded;

  /**
   * Create a dispatcher.
   *
   * @param registry live agents, test cases and runs
   * @param faults live fault rules
   * @param stats counters
   * @param clock time source for the lifecycle and the rate limit
   * @param apiKey the only accepted key, or {@code null} for any non-blank key
   * @param rateLimitPerMinute requests allowed per minute
   * @param rateLimitMode how requests are counted and what the rate-limit headers say
   * @param streamBase {@code ws://host:port}, for {@code webhook_url}
   * @param drainRecorded called once per request to drop the server's record of it
   */
  public EmulatorDispatcher(Registry registry, Faults faults, StatsRecorder stats, Clock clock,
      String apiKey, int rateLimitPerMinute, RateLimitMode rateLimitMode, String streamBase, Runnable drainRecorded) {
    this.clock = clock;
    this.limiter = RateLimiter.create(rateLimitMode, rateLimitPerMinute);
    this.auth = new Authenticator(apiKey);
    this.faults = faults;
    this.stats = stats;
    this.runs = new RunsHandler(registry, faults, stats, streamBase);
    this.catalog = new CatalogHandler(registry);
    this.drainRecorded = drainRecorded;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    drainRecorded.run();
    Instant now = clock.instant();
    String method = request.getMethod() == null ? "GET" : request.getMethod();
    Routes.Match match = Routes.match(method, request.getUrl().encodedPath());
    stats.request(match.route());
    if (match.route().equals(Routes.STATS)) {
      return ResponseWriter.write(ApiResponse.of(200, statsBody()), FaultPlan.NONE);
    }
    RateLimiter.Decision limit = limiter.acquire(now);
    FaultPlan plan = FaultPlan.NONE;
    Instant answerAt = null;
    ApiResponse response;
    try {
      if (!limit.allowed()) {
        stats.rateLimited();
        throw new ApiException(429, "rate_limit_exceeded", "Rate limit of " + limit.limit()
            + " requests per minute exceeded; retry after " + limit.retryAfterSeconds() + " s");
      }
      auth.check(request.getHeaders().get("Authorization"));
      // One request at a time through the rules: each rule counts requests on its own, so two
      // requests evaluated side by side could otherwise both fire "first=1" and "nth=2" on one of them.
      synchronized (faults) {
        plan = FaultPlan.evaluate(faults.list(), match.route(), stats::faultInjected);
      }
      if (plan.status() != null && plan.status().kind() == FaultRule.Kind.THROTTLE) {
        // The date has whole seconds only: answer on one, so that it is exactly the pause ahead.
        // Whole milliseconds from the truncated now never end before that second.
        long nowMs = now.toEpochMilli();
        answerAt = Instant.ofEpochSecond(RateLimiter.ceilSeconds(nowMs + plan.delay().toMillis()));
        plan = plan.delayedBy(Duration.ofMillis(answerAt.toEpochMilli() - nowMs - plan.delay().toMillis()));
        response = throttled(plan.status(), answerAt);
      } else {
        response = plan.status() != null ? faultStatus(plan.status()) : route(match, request, now);
      }
    } catch (ApiException e) {
      response = ApiResponse.error(e);
      if (e.status() == 429) {
        response.headers().put("Retry-After", limit.retryAfter());
      }
    } catch (InvalidInputException e) {
      response = ApiResponse.error(e.unknownReference() ? ApiException.notFound(e.getMessage())
          : ApiException.invalid(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Internal error on " + match.route(), e);
      response = ApiResponse.error(new ApiException(500, "internal_error", "Internal emulator error: " + e));
    }
    response.headers().put("X-RateLimit-Limit", Integer.toString(limit.limit()));
    response.headers().putIfAbsent("X-RateLimit-Remaining", Integer.toString(limit.remaining()));
    response.headers().putIfAbsent("X-RateLimit-Reset", Long.toString(limit.resetEpochSeconds()));
    int status = response.status();
    LOG.log(Level.DEBUG, () -> match.route() + " -> " + status);
    stats.served(new ServedRequest(now, match.route(), request.getUrl().encodedPath(), status,
        answerAt != null ? answerAt : now.plus(plan.delay()), plan.shaping()));
    return ResponseWriter.write(response, plan);
  }

  private ApiResponse route(Routes.Match match, RecordedRequest request, Instant now) {
    if (!match.served()) {
      throw ApiException.notFound(match.route().endsWith("(unmatched)")
          ? "No such endpoint: " + request.getMethod() + " " + request.getUrl().encodedPath()
          : "Endpoint not emulated: " + match.route() + " (see the emulator README)");
    }
    return switch (match.route()) {
      case Routes.CREATE_RUN -> runs.create(body(request), now);
      case Routes.GET_RUN -> runs.get(match.param(), now);
      case Routes.EVALUATE -> evaluate.evaluate(body(request));
      case Routes.CREATE_AGENT -> catalog.createAgent(body(request), now);
      case Routes.CREATE_TEST_CASE -> catalog.createTestCase(body(request), now);
      case Routes.GET_AGENT -> catalog.getAgent(match.param());
      case Routes.GET_TEST_CASE -> catalog.getTestCase(match.param());
      case Routes.LIST_TEST_CASES -> catalog.listTestCases(request.getUrl().queryParameterValues("tag")
          .stream().filter(t -> t != null && !t.isBlank()).toList());
      default -> throw ApiException.notFound("No such endpoint: " + match.route());
    };
  }

  private static JsonNode body(RecordedRequest request) {
    return Json.parseObject(request.getBody() == null ? "" : request.getBody().utf8());
  }

  private static ApiResponse faultStatus(FaultRule rule) {
    if (rule.kind() == FaultRule.Kind.REDIRECT) {
      ApiResponse r = ApiResponse.of(rule.status(), Json.object());
      r.headers().put("Location", rule.target());
      return r;
    }
    int status = rule.status();
    String code = switch (status) {
      case 400 -> "invalid_request";
      case 401 -> "unauthorized";
      case 404 -> "not_found";
      case 429 -> "rate_limit_exceeded";
      default -> status >= 500 ? "internal_error" : "injected_fault";
    };
    ApiResponse r = ApiResponse.of(status, Json.error(code, "Injected fault: " + status + " on " + rule.route()));
    if (rule.retryAfter() != null) {
      r.headers().put("Retry-After", Long.toString(rule.retryAfter().toSeconds()));
    }
    return r;
  }

  /** A token-bucket 429 answered at {@code answerAt}: Retry-After, and the reset, the rule's pause later. */
  private static ApiResponse throttled(FaultRule rule, Instant answerAt) {
    Instant retryAt = answerAt.plus(rule.retryAfter());
    ApiResponse r = ApiResponse.of(429, Json.error("rate_limit_exceeded", "Injected fault: throttled on "
        + rule.route() + "; retry after " + rule.retryAfter().toSeconds() + " s"));
    r.headers().put("Retry-After", RateLimiter.httpDate(retryAt));
    r.headers().put("X-RateLimit-Remaining", "0");
    r.headers().put("X-RateLimit-Reset", Long.toString(retryAt.getEpochSecond()));
    return r;
  }

  private ObjectNode statsBody() {
    ObjectNode out = Json.object();
    out.put("total_requests", stats.totalRequests());
    out.put("runs_created", stats.runsCreated());
    out.put("rate_limited", stats.rateLimitedCount());
    out.put("faults_injected", stats.faultsInjected());
    ObjectNode routes = out.putObject("requests_by_route");
    stats.requestsByRoute().forEach(routes::put);
    List<String> rules = faults.list().stream().map(FaultRule::toString).toList();
    rules.forEach(out.putArray("faults")::add);
    return out;
  }
}
