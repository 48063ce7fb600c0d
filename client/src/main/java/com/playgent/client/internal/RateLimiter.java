package com.playgent.client.internal;

import com.playgent.client.RateLimitInfo;
import java.util.function.LongSupplier;

/**
 * Spaces requests from every caller of one client so that a shared key does not run into 429.
 *
 * <p>The model is the one the headers describe: {@code remaining} requests until {@code reset}.
 * Before the first answer only a few requests go out, so the first response can tell the limit.
 * Requests still in flight are subtracted from what the server last reported, because the server
 * may not have counted them yet. When nothing remains, callers wait until the reset.
 */
public final class RateLimiter {
  private static final int PROBE_IN_FLIGHT = 4;
  private static final long RECHECK_MS = 25;
  private static final long RESET_MARGIN_MS = 250;

  private final LongSupplier clock;
  /** -1 until a response tells the limit; {@link Integer#MAX_VALUE} for a service that sends no headers. */
  private int limit = -1;
  private boolean headersSeen;
  private int remaining;
  private long windowEnd;
  /** After a 429: nobody sends before this instant (epoch ms), whatever the window model says. */
  private long pausedUntil;
  private int inFlight;
  private RateLimitInfo last;

  public RateLimiter(LongSupplier epochMillis) {
    this.clock = epochMillis;
  }

  /** Reserves a slot: 0 means send now (the slot is taken); otherwise ask again after that many ms. */
  public synchronized long reserve() {
    long now = clock.getAsLong();
    if (now < pausedUntil) {
      return pausedUntil - now;
    }
    if (limit < 0) {
      if (inFlight < PROBE_IN_FLIGHT) {
        inFlight++;
        return 0;
      }
      return RECHECK_MS;
    }
    if (windowEnd != 0 && now >= windowEnd) {
      remaining = Math.max(0, limit - inFlight);
      windowEnd = 0;
    }
    if (remaining > 0) {
      remaining--;
      inFlight++;
      return 0;
    }
    if (windowEnd != 0) {
      return windowEnd - now;
    }
    // Nothing left and no reset known: let one request through at a time, so that a response
    // (new headers, or a 429 with Retry-After) can tell more. Waiting for a response that no
    // request will ever fetch would stall every caller for good.
    if (inFlight == 0) {
      inFlight++;
      return 0;
    }
    return RECHECK_MS;
  }

  /** Records a response's rate-limit headers (any may be absent) and frees the caller's slot. */
  public synchronized void onResponse(RateLimitInfo info, boolean rateLimited, long retryAfterMs) {
    inFlight = Math.max(0, inFlight - 1);
    long now = clock.getAsLong();
    if (info != null && info.limit() != null) {
      headersSeen = true;
      limit = info.limit();
      last = info;
      long reset = info.reset() == null ? 0 : info.reset().toEpochMilli() + RESET_MARGIN_MS;
      int reported = info.remaining() == null ? limit : info.remaining();
      int estimate = Math.max(0, reported - inFlight);
      if (reset > windowEnd + 500 || windowEnd == 0) {
        windowEnd = reset;
        remaining = estimate;
      } else {
        remaining = Math.min(remaining, estimate);
      }
    } else if (!headersSeen && !rateLimited) {
      // A service that sends no headers: do not throttle it (a 429 still pauses, below).
      limit = Integer.MAX_VALUE;
      remaining = Integer.MAX_VALUE;
      windowEnd = 0;
    }
    if (rateLimited) {
      // The pause is the service's own instruction (Retry-After, else the window's reset); after
      // it, the headers' model applies again. Forcing "nothing remains" until the window's reset
      // would stall every caller for up to a whole window after one 429 with a short Retry-After.
      pausedUntil = Math.max(pausedUntil, now + Math.max(retryAfterMs, RECHECK_MS));
    }
  }

  /** Frees the caller's slot after a request that got no response. */
  public synchronized void onNoResponse() {
    inFlight = Math.max(0, inFlight - 1);
  }

  /** The headers of the last response that had them, or null. */
  public synchronized RateLimitInfo last() {
    return last;
  }
}
