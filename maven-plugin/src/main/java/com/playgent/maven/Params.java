package com.playgent.maven;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Parameter helpers. */
final class Params {
  private Params() {}

  /** Every element split on commas, trimmed, blanks dropped: {@code -Dx=a,b} and {@code <x><y>a</y></x>} alike. */
  static List<String> split(Collection<String> values) {
    List<String> out = new ArrayList<>();
    if (values == null) {
      return out;
    }
    for (String v : values) {
      if (v == null) {
        continue;
      }
      for (String part : v.split(",")) {
        if (!part.isBlank() && !out.contains(part.trim())) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }
}
