package com.playgent.core.pipeline;

import com.playgent.client.PlaygentConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * One shard of a suite split over CI machines: {@code playgent.shard=2/5}. A unit belongs to shard
 * {@code (h mod n) + 1}, where {@code h} is the first 8 bytes (big-endian, unsigned) of the SHA-256
 * of the UTF-8 bytes of {@link RunUnit#shardKey()}: the same on every JVM, machine and version, so
 * a unit always lands on the same shard, and every repeat of a unit with it.
 *
 * @param index 1-based: 1 ≤ index ≤ total
 */
public record Shard(int index, int total) {
  private static final String RULE = "i/n with whole numbers 1 <= i <= n, such as 2/5";

  public Shard {
    if (total < 1 || index < 1 || index > total) {
      throw new IllegalArgumentException("shard " + index + "/" + total + " is not " + RULE);
    }
  }

  /**
   * Parses {@code 2/5}; a blank value means unsharded (null).
   *
   * @param origin where the value came from, for the error ({@code playgent.shard}, a POM parameter...)
   */
  public static Shard parse(String text, String origin) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    try {
      if (slash > 0) {
        return new Shard(Integer.parseInt(t.substring(0, slash).trim()), Integer.parseInt(t.substring(slash + 1).trim()));
      }
    } catch (IllegalArgumentException e) {
      // worded below
    }
    throw new PlaygentConfigurationException(origin + " '" + t + "' must be " + RULE + " (shard i of n)."
        + " On GitLab use ${CI_NODE_INDEX}/${CI_NODE_TOTAL}; on GitHub Actions a matrix value such as"
        + " ${{ matrix.shard }}/3; leave it unset to run every unit.");
  }

  /** Which shard, 1-based, a unit with this {@link RunUnit#shardKey()} belongs to among {@code total}. */
  public static int of(String shardKey, int total) {
    byte[] d;
    try {
      d = MessageDigest.getInstance("SHA-256").digest(shardKey.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return (int) Long.remainderUnsigned(h, total) + 1;
  }

  public boolean owns(RunUnit unit) {
    return of(unit.shardKey(), total) == index;
  }

  /** The units of this shard, in their order. */
  public List<RunUnit> filter(List<RunUnit> units) {
    return units.stream().filter(this::owns).toList();
  }

  /** {@code 2/5}, as the session record and the settings spell it. */
  @Override
  public String toString() {
    return index + "/" + total;
  }
}
