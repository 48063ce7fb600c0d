package com.playgent.client.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.playgent.client.RateLimitInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the service said about the rate limit, shared by every JVM that uses the same state file:
 * the Surefire forks of one build (all write the same {@code target/playgent}). A small JSON file,
 * read and rewritten under an exclusive {@link FileLock}, holds the current window (its end, limit
 * and the requests left in it, counted down by every fork's sends) and a 429's pause. So one fork's
 * 429 or exhausted window holds the other forks' sends too, instead of each fork spending the whole
 * window on its own.
 *
 * <p>The file is keyed by the service and a short hash of the key (never the key): state another
 * service or key left behind is ignored, as is a file that is not valid (a torn write, garbage) or
 * whose window has passed. Any I/O problem makes this a no-op: the fork's own {@link RateLimiter}
 * still spaces its requests, and the transport still retries a 429.
 */
public final class SharedRateLimit {
  /** Added to a reset, as {@link RateLimiter} does: whole seconds, and clocks that differ a little. */
  private static final long RESET_MARGIN_MS = 250;
  /** How long a window opened by a send (before any answer tells its end) is assumed to last. */
  private static final long PROVISIONAL_WINDOW_MS = 60_000;
  /** One lock per file within this JVM: a second {@link FileChannel#lock()} by the same JVM would throw. */
  private static final Map<Path, Object> JVM_LOCKS = new ConcurrentHashMap<>();

  /** The file's content. */
  record State(
      @JsonProperty("service") String service,
      @JsonProperty("window_end") long windowEnd,
      @JsonProperty("limit") int limit,
      @JsonProperty("remaining") int remaining,
      @JsonProperty("paused_until") long pausedUntil,
      @JsonProperty("provisional") boolean provisional) {}

  private final Path file;
  private final String service;
  private final LongSupplier clock;
  private volatile boolean broken;

  /**
   * @param baseUrl the service; with the key it decides whose state the file holds
   */
  public SharedRateLimit(Path file, String baseUrl, String apiKey, LongSupplier epochMillis) {
    this.file = file.toAbsolutePath().normalize();
    this.service = baseUrl + "#" + shortHash(apiKey);
    this.clock = epochMillis;
  }

  public Path file() {
    return file;
  }

  /**
   * Takes one request from the shared window: 0 means send now; otherwise wait that many ms (a 429's
   * pause, or the window is spent until its end). With no known window, 0: the caller's own limiter
   * probes.
   */
  public long take() {
    return update(s -> {
      long now = clock.getAsLong();
      if (s == null) {
        return new Result(null, 0);
      }
      if (now < s.pausedUntil()) {
        return new Result(null, s.pausedUntil() - now);
      }
      if (s.windowEnd() <= now) {
        if (s.limit() <= 0) {
          return new Result(null, 0);
        }
        // The window passed: a new one opens with the same limit, its end unknown until an answer
        // tells it. Counting it here keeps every fork from spending a whole new window on its own.
        return new Result(new State(service, now + PROVISIONAL_WINDOW_MS, s.limit(), s.limit() - 1, 0, true), 0);
      }
      if (s.remaining() > 0) {
        return new Result(new State(service, s.windowEnd(), s.limit(), s.remaining() - 1, s.pausedUntil(),
            s.provisional()), 0);
      }
      return new Result(null, s.windowEnd() - now);
    });
  }

  /** Records an answer's rate-limit headers and, for a 429, its pause for every fork. */
  public void observe(RateLimitInfo info, boolean rateLimited, long retryAfterMs) {
    boolean hasHeaders = info != null && info.limit() != null && info.reset() != null;
    if (!hasHeaders && !rateLimited) {
      return;
    }
    update(s -> {
      long now = clock.getAsLong();
      State base = s != null ? s : new State(service, 0, 0, 0, 0, false);
      long paused = base.pausedUntil() > now ? base.pausedUntil() : 0;
      if (rateLimited) {
        paused = Math.max(paused, now + Math.max(retryAfterMs, 25));
      }
      long windowEnd = base.windowEnd() > now ? base.windowEnd() : 0;
      int limit = base.limit();
      int remaining = base.remaining();
      boolean provisional = base.provisional() && windowEnd != 0;
      if (hasHeaders) {
        long end = info.reset().toEpochMilli() + RESET_MARGIN_MS;
        int reported = info.remaining() == null ? info.limit() : info.remaining();
        if (end <= now) {
          // an answer about a window that has passed says nothing about the current one
        } else if (provisional) {
          // the first word on the window opened by a fork: its end, and what both counts allow
          windowEnd = end;
          limit = info.limit();
          remaining = Math.min(remaining, reported);
          provisional = false;
        } else if (end == windowEnd && info.limit() == limit) {
          remaining = Math.min(remaining, reported); // one window: its count only grows
        } else if (end > windowEnd) {
          windowEnd = end;
          limit = info.limit();
          remaining = reported;
        }
      }
      return new Result(new State(service, windowEnd, limit, remaining, paused, provisional), 0);
    });
  }

  private record Result(State write, long value) {}

  private interface Change {
    Result apply(State current);
  }

  /** Reads the state under the lock, applies {@code change} and writes what it returns. */
  private long update(Change change) {
    if (broken) {
      return 0;
    }
    synchronized (JVM_LOCKS.computeIfAbsent(file, f -> new Object())) {
      try {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
          Result r = change.apply(read(ch));
          if (r.write() != null) {
            byte[] bytes = Json.mapper().writeValueAsBytes(r.write());
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(bytes), 0);
          }
          return r.value();
        }
      } catch (IOException | RuntimeException e) {
        broken = true; // e.g. a read-only directory: each fork keeps its own limiter
        return 0;
      }
    }
  }

  /** The state for this service, or null when the file is empty, not valid or another service's. */
  private State read(FileChannel ch) throws IOException {
    long size = ch.size();
    if (size == 0 || size > 4096) {
      return null;
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
      // read it all
    }
    try {
      State s = Json.mapper().readValue(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8),
          State.class);
      return s != null && service.equals(s.service()) ? s : null;
    } catch (IOException | RuntimeException garbage) {
      return null;
    }
  }

  private static String shortHash(String apiKey) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((apiKey == null ? "" : apiKey)
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
