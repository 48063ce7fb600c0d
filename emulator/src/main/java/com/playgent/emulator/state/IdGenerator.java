package com.playgent.emulator.state;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Make ids of the documented form: a prefix and 6 lowercase alphanumerics, for example
 * {@code run_k3x9a2}. Ids look random but are a deterministic, collision-free sequence.
 */
public final class IdGenerator {
  private static final long SPACE = 2_176_782_336L; // 36^6
  private static final long STEP = 1_000_003L; // prime, coprime with 36: a bijection on SPACE

  private final String prefix;
  private final AtomicLong counter = new AtomicLong();

  /** Create a generator for ids starting with {@code prefix}, for example {@code "run_"}. */
  public IdGenerator(String prefix) {
    this.prefix = prefix;
  }

  /** Return the next id. */
  public String next() {
    long n = counter.incrementAndGet();
    String s = Long.toString((n * STEP + 46_656L) % SPACE, 36);
    return prefix + "0".repeat(6 - s.length()) + s;
  }
}
