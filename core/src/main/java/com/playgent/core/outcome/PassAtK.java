package com.playgent.core.outcome;

/**
 * The unbiased estimators for {@code n} repeats of which {@code c} passed (Chen et al., 2021):
 * <ul>
 *   <li>pass@k = 1 − C(n−c, k) / C(n, k): the chance that at least one of k repeats drawn passes;</li>
 *   <li>pass^k = C(c, k) / C(n, k): the chance that all k repeats drawn pass.</li>
 * </ul>
 * pass@1 = pass^1 = c / n. Computed as products of ratios, so large n never overflows.
 */
public final class PassAtK {
  private PassAtK() {}

  public static double passAtK(int n, int c, int k) {
    check(n, c, k);
    if (n - c < k) {
      return 1.0;
    }
    return 1.0 - ratio(n - c, n, k);
  }

  public static double passHatK(int n, int c, int k) {
    check(n, c, k);
    if (c < k) {
      return 0.0;
    }
    return ratio(c, n, k);
  }

  /** C(a, k) / C(n, k) for a ≤ n: the product of (a − i) / (n − i) over i < k. */
  private static double ratio(int a, int n, int k) {
    double r = 1.0;
    for (int i = 0; i < k; i++) {
      r *= (double) (a - i) / (n - i);
    }
    return r;
  }

  private static void check(int n, int c, int k) {
    if (n < 1 || c < 0 || c > n || k < 1 || k > n) {
      throw new IllegalArgumentException("pass@k needs 1 <= k <= n and 0 <= c <= n, but n=" + n + ", c=" + c + ", k=" + k);
    }
  }
}
