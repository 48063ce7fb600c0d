package com.playgent.client.internal;

import com.playgent.client.RateLimitInfo;
import java.util.function.LongSupplier;

/**
 * Spaces requests from every caller of one client so that a shared key does not run into 429.
 *
 * <p>The model is the one the newest rate-limit answer describes: {@code remaining} requests until
 * {@code reset} and, after a 429, nobody sends before its {@code Retry-After}. Newer figures
 * replace older ones whole, whatever they say: a reset earlier than the one known (a token bucket,
 * or a 429 whose window ends in 2 s) is taken as it is, so no wait outlasts what the newest answer
 * asked for. Fixed-window services are unaffected, since their newer answers never announce less
 * than their older ones.
 *
 * <p>"Newest" means the answer to the request that went on the wire last, not the answer that
 * arrived last. Under concurrency a slow answer to an early request can come back after a quick
 * answer to a later one; the service counted the early request first, so its figures are the
 * older ones, and taking them would undo the newer word (a stale 429 pausing everyone again, or a
 * stale high {@code remaining} spending slots that are gone). The service's {@code Date} header
 * has whole seconds only, so the order of sending, stamped by {@link #nextSendOrder()} just before
 * a request is written, is the closest the client can know of the order the service counted in.
 * It is not exact: requests sent a moment apart on two connections may be counted the other way
 * round. So within one window (the same limit and announced reset) the lowest {@code remaining}
 * wins, whichever answer carried it, since a window's count only grows; apart from that, an
 * answer older than the model's only frees its slot.
 *
 * <p>A 429 is the exception: whatever its request's place in that order, it pauses every caller
 * for its own {@code Retry-After} (the service just refused a request, so its bucket is empty
 * now), and only the answer to a request sent after it arrived can end that pause early; answers
 * to requests that were already on the wire cannot, as they say nothing about the time since.
 *
 * <p>Before the first answer only a few requests go out, so the first response can tell the limit.
 * Requests still in flight are subtracted from what the service reported, because it may not have
 * counted them yet. When nothing remains, callers wait until the reset.
 */
public final class RateLimiter {
  private static final int PROBE_IN_FLIGHT = 4;
  private static final long RECHECK_MS = 25;
  /** Added to a reset: it has whole seconds only, and the two clocks may differ a little. */
  private static final long RESET_MARGIN_MS = 250;

  private final LongSupplier clock;
  /** -1 until a response tells the limit; {@link Integer#MAX_VALUE} for a service that sends no headers. */
  private int limit = -1;
  private boolean headersSeen;
  private int remaining;
  /** The announced reset plus the margin (epoch ms); 0 when none is known or it has passed. */
  private long windowEnd;
  /** After a 429: nobody sends before this instant (epoch ms), whatever the window model says. */
  private long pausedUntil;
  /** How many requests had gone on the wire when the pause began: only a later one's answer ends it. */
  private long pausedAtSend;
  private int inFlight;
  private long sends;
  /** The send order of the request whose answer the model rests on; older answers are ignored. */
  private long newest = -1;
  private RateLimitInfo last;

  /** Shared with the other JVMs writing the same output directory (Surefire forks), or null. */
  private final SharedRateLimit shared;
  /** Whether the last local grant took a request from the window (to give it back if the shared state says wait). */
  private boolean tookFromWindow;

  public RateLimiter(LongSupplier epochMillis) {
    this(epochMillis, null);
  }

  /** @param shared what other JVMs with the same state file learned, or null for this JVM alone */
  public RateLimiter(LongSupplier epochMillis, SharedRateLimit shared) {
    this.clock = epochMillis;
    this.shared = shared;
  }

  /**
   * Reserves a slot: 0 means send now (the slot is taken); otherwise ask again after that many ms.
   * With a shared state, a slot this JVM's model grants is also taken from the shared window, and
   * given back when the other forks have spent it (or a 429 paused them).
   */
  public synchronized long reserve() {
    tookFromWindow = false;
    long wait = reserveHere();
    if (wait == 0 && shared != null) {
      long sharedWait = shared.take();
      if (sharedWait > 0) {
        inFlight = Math.max(0, inFlight - 1);
        if (tookFromWindow) {
          remaining++;
        }
        return sharedWait;
      }
    }
    return wait;
  }

  private long reserveHere() {
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
      tookFromWindow = true;
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

  /** Numbers a request as it goes on the wire; pass the number to {@link #onResponse} with its answer. */
  public synchronized long nextSendOrder() {
    return ++sends;
  }

  /**
   * Records a response's rate-limit headers (any may be absent) and frees the caller's slot.
   *
   * @param sendOrder the request's {@link #nextSendOrder()}; 0 if it never went on the wire (a cached answer)
   * @param retryAfterMs for a 429, how long the service asked everyone to wait
   */
  public synchronized void onResponse(long sendOrder, RateLimitInfo info, boolean rateLimited, long retryAfterMs) {
    inFlight = Math.max(0, inFlight - 1);
    if (shared != null) {
      shared.observe(info, rateLimited, retryAfterMs);
    }
    boolean hasHeaders = info != null && info.limit() != null;
    if (!hasHeaders && !rateLimited) {
      if (!headersSeen) {
        // A service that sends no headers: do not throttle it (a 429 still pauses, below).
        limit = Integer.MAX_VALUE;
        remaining = Integer.MAX_VALUE;
        windowEnd = 0;
      }
      return;
    }
    // The pause is a 429's own instruction (Retry-After, else its reset); the newest 429 sets it,
    // and only an answer to a request sent since can end it early.
    if (rateLimited) {
      pausedUntil = clock.getAsLong() + Math.max(retryAfterMs, RECHECK_MS);
      pausedAtSend = sends;
    } else if (sendOrder > pausedAtSend) {
      pausedUntil = 0;
    }
    boolean sameWindow = hasHeaders && info.reset() != null && windowEnd != 0 && info.limit() == limit
        && info.reset().toEpochMilli() + RESET_MARGIN_MS == windowEnd;
    int reported = !hasHeaders ? 0 : info.remaining() == null ? info.limit() : info.remaining();
    int estimate = Math.max(0, reported - inFlight);
    if (sendOrder < newest) {
      if (sameWindow) {
        remaining = Math.min(remaining, estimate);
      }
      return;
    }
    newest = sendOrder;
    if (hasHeaders) {
      headersSeen = true;
      limit = info.limit();
      last = info;
      if (sameWindow) {
        remaining = Math.min(remaining, estimate);
      } else {
        remaining = estimate;
        windowEnd = info.reset() == null ? 0 : info.reset().toEpochMilli() + RESET_MARGIN_MS;
      }
    }
  }

  /** Frees the caller's slot after a request that got no response. */
  public synchronized void onNoResponse() {
    inFlight = Math.max(0, inFlight - 1);
  }

  /** The headers the model rests on: those of the newest response that had them, or null. */
  public synchronized RateLimitInfo last() {
    return last;
  }
}
