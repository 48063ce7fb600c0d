package com.playgent.maven.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small JSON writer (two-space indent) for {@code summary.json}; the plugin leaves Jackson to the
 * client's transport. Doubles are written with up to six decimals, NaN and infinity as null.
 */
final class JsonOut {
  private final StringBuilder out = new StringBuilder(4096);
  private final Deque<boolean[]> first = new ArrayDeque<>();
  private boolean afterName;

  JsonOut beginObject() {
    value("{");
    first.push(new boolean[] {true});
    return this;
  }

  JsonOut endObject() {
    return close('}');
  }

  JsonOut beginArray() {
    value("[");
    first.push(new boolean[] {true});
    return this;
  }

  JsonOut endArray() {
    return close(']');
  }

  JsonOut name(String name) {
    separate();
    out.append(quote(name)).append(": ");
    afterName = true;
    return this;
  }

  JsonOut string(String s) {
    return value(s == null ? "null" : quote(s));
  }

  JsonOut number(Number n) {
    if (n == null) {
      return value("null");
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        return value("null");
      }
      String s = String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
      return value(s.endsWith(".") ? s + "0" : s);
    }
    return value(n.toString());
  }

  JsonOut bool(Boolean b) {
    return value(b == null ? "null" : b.toString());
  }

  JsonOut field(String name, String s) {
    return name(name).string(s);
  }

  JsonOut field(String name, Number n) {
    return name(name).number(n);
  }

  JsonOut field(String name, Boolean b) {
    return name(name).bool(b);
  }

  @Override
  public String toString() {
    return out.toString() + "\n";
  }

  private JsonOut value(String token) {
    if (!afterName) {
      separate();
    }
    afterName = false;
    out.append(token);
    return this;
  }

  private void separate() {
    if (first.isEmpty()) {
      return;
    }
    boolean[] f = first.peek();
    if (!f[0]) {
      out.append(',');
    }
    f[0] = false;
    out.append('\n').append("  ".repeat(first.size()));
  }

  private JsonOut close(char c) {
    boolean[] f = first.pop();
    if (!f[0]) {
      out.append('\n').append("  ".repeat(first.size()));
    }
    out.append(c);
    return this;
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !validPair(s, i))) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
