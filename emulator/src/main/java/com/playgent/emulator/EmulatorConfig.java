package com.playgent.emulator;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configure an emulator: port, world, accepted API key, rate limit (and its mode) and extra fault rules.
 *
 * <pre>{@code
 * EmulatorConfig config = EmulatorConfig.builder()
 *     .port(8787)
 *     .world(World.fromFile(Path.of("world.yaml")))
 *     .apiKey("your-api-key")
 *     .rateLimitPerMinute(100)
 *     .build();
 * }</pre>
 */
public final class EmulatorConfig {
  /** Default requests per minute (the documented Pro plan). */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 1000;

  private final int port;
  private final World world;
  private final String apiKey;
  private final int rateLimitPerMinute;
  private final RateLimitMode rateLimitMode;
  private final List<FaultRule> faults;
  private final Clock clock;

  private EmulatorConfig(Builder b) {
    this.port = b.port;
    this.world = b.world == null ? World.defaultWorld() : b.world;
    this.apiKey = b.apiKey;
    this.rateLimitPerMinute = b.rateLimitPerMinute;
    this.rateLimitMode = b.rateLimitMode;
    this.faults = List.copyOf(b.faults);
    this.clock = b.clock;
  }

  /** Start a builder with the defaults: ephemeral port, default world, any key, 1000/min. */
  public static Builder builder() {
    return new Builder();
  }

  /** Return the configuration {@link PlaygentEmulator#start()} uses. */
  public static EmulatorConfig defaults() {
    return builder().build();
  }

  /** Return the port; 0 picks a free one. */
  public int port() {
    return port;
  }

  /** Return the world. */
  public World world() {
    return world;
  }

  /** Return the only accepted API key, or {@code null} when any non-blank key is accepted. */
  public String apiKey() {
    return apiKey;
  }

  /** Return the requests allowed per minute. */
  public int rateLimitPerMinute() {
    return rateLimitPerMinute;
  }

  /** Return how requests are counted against the limit and what the rate-limit headers say. */
  public RateLimitMode rateLimitMode() {
    return rateLimitMode;
  }

  /** Return fault rules added on top of the world's. */
  public List<FaultRule> faults() {
    return faults;
  }

  /** Return the clock that drives run lifecycles and the rate-limit window. */
  public Clock clock() {
    return clock;
  }

  /** Never include the API key. */
  @Override
  public String toString() {
    return "EmulatorConfig[port=" + port + ", apiKey=" + (apiKey == null ? "any" : "fixed")
        + ", rateLimitPerMinute=" + rateLimitPerMinute + ", rateLimitMode=" + rateLimitMode + ", faults=" + faults
        + "]";
  }

  /** Build an {@link EmulatorConfig}; {@link #build()} validates. */
  public static final class Builder {
    private int port;
    private World world;
    private String apiKey;
    private int rateLimitPerMinute = DEFAULT_RATE_LIMIT_PER_MINUTE;
    private RateLimitMode rateLimitMode = RateLimitMode.FIXED_WINDOW;
    private final List<FaultRule> faults = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Listen on {@code port} (0, the default, picks a free port). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Serve {@code world} instead of the default world. */
    public Builder world(World world) {
      this.world = Objects.requireNonNull(world, "world");
      return this;
    }

    /** Accept only {@code apiKey}; {@code null} (the default) accepts any non-blank key. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Allow {@code limit} requests per 60-second window (default 1000). */
    public Builder rateLimitPerMinute(int limit) {
      this.rateLimitPerMinute = limit;
      return this;
    }

    /** Count requests and write the rate-limit headers in {@code mode} (default {@link RateLimitMode#FIXED_WINDOW}). */
    public Builder rateLimitMode(RateLimitMode mode) {
      this.rateLimitMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Add a fault rule that is active from the start. */
    public Builder fault(FaultRule rule) {
      faults.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Use {@code clock} for run lifecycles and the rate-limit window (tests). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Validate and build. */
    public EmulatorConfig build() {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535, but was " + port);
      }
      if (rateLimitPerMinute < 1) {
        throw new IllegalArgumentException("rateLimitPerMinute must be >= 1, but was " + rateLimitPerMinute);
      }
      if (apiKey != null && apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank; use null to accept any key");
      }
      return new EmulatorConfig(this);
    }
  }
}
