package com.playgent.emulator.fault;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decide, request by request, whether a fault fires. Each trigger counts only the requests that
 * match its rule's route. Thread-safe.
 */
public final class Trigger {
  private enum Mode { ALWAYS, FIRST_N, NTH, EVERY_NTH, PROBABILITY }

  private final Mode mode;
  private final long n;
  private final double p;
  private final long seed;
  private final AtomicLong seen = new AtomicLong();
  private SplittableRandom random;

  private Trigger(Mode mode, long n, double p, long seed) {
    this.mode = mode;
    this.n = n;
    this.p = p;
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Fire on every matching request. */
  public static Trigger always() {
    return new Trigger(Mode.ALWAYS, 0, 0, 0);
  }

  /** Fire on the first {@code n} matching requests only. */
  public static Trigger firstN(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("firstN requires n >= 1, but was " + n);
    }
    return new Trigger(Mode.FIRST_N, n, 0, 0);
  }

  /** Fire on the n-th matching request only. */
  public static Trigger nth(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("nth requires n >= 1, but was " + n);
    }
    return new Trigger(Mode.NTH, n, 0, 0);
  }

  /** Fire on the n-th, 2n-th, ... matching request. */
  public static Trigger everyNth(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("everyNth requires n >= 1, but was " + n);
    }
    return new Trigger(Mode.EVERY_NTH, n, 0, 0);
  }

  /** Fire with probability {@code p}, drawn from a generator seeded with {@code seed}. */
  public static Trigger probability(double p, long seed) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("probability requires 0 <= p <= 1, but was " + p);
    }
    return new Trigger(Mode.PROBABILITY, 0, p, seed);
  }

  /** Count one matching request and return whether the fault fires for it. */
  public boolean fire() {
    long count = seen.incrementAndGet();
    return switch (mode) {
      case ALWAYS -> true;
      case FIRST_N -> count <= n;
      case NTH -> count == n;
      case EVERY_NTH -> count % n == 0;
      case PROBABILITY -> draw();
    };
  }

  private synchronized boolean draw() {
    return random.nextDouble() < p;
  }

  /** Forget the requests counted so far. */
  public synchronized void reset() {
    seen.set(0);
    random = new SplittableRandom(seed);
  }

  /** Render the trigger in the command-line syntax, for example {@code every=3}. */
  @Override
  public String toString() {
    return switch (mode) {
      case ALWAYS -> "always";
      case FIRST_N -> "first=" + n;
      case NTH -> "nth=" + n;
      case EVERY_NTH -> "every=" + n;
      case PROBABILITY -> "p=" + p + ":seed=" + seed;
    };
  }
}
