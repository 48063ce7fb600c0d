package com.playgent.emulator.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Split text into key terms: lower-cased runs of letters and digits, minus stop words. */
final class Tokens {
  private static final Set<String> STOP_WORDS = Set.of(
      "a", "an", "the", "is", "are", "was", "were", "be", "been", "to", "of", "for", "in", "on",
      "at", "by", "with", "and", "or", "it", "its", "this", "that", "these", "those", "what",
      "which", "who", "your", "our", "you", "we", "i", "my", "me", "us", "do", "does", "did",
      "can", "could", "should", "will", "would", "from", "as", "have", "has", "had", "please",
      "about", "how", "if", "so", "than", "then", "there", "their", "they", "them", "he", "she",
      "his", "her", "am", "s", "t", "d", "ll", "m", "re", "ve");

  private Tokens() {}

  /** Return the distinct key terms of {@code text}, in order of first appearance. */
  static Set<String> keyTerms(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String word : words(text)) {
      if (!STOP_WORDS.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /** Return every lower-cased word of {@code text}, stop words included. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Split text into sentences on {@code . ! ? ;} followed by space or end. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String s : text.split("(?<=[.!?;])\\s+|[.!?;]$")) {
      String t = s.strip();
      if (t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith(";")) {
        t = t.substring(0, t.length() - 1).strip();
      }
      if (!keyTerms(t).isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** Return the share of {@code wanted} found in {@code have}; 1.0 when nothing is wanted. */
  static double recall(Set<String> wanted, Set<String> have) {
    if (wanted.isEmpty()) {
      return 1.0;
    }
    long hits = wanted.stream().filter(have::contains).count();
    return (double) hits / wanted.size();
  }

  /** Return how many of {@code wanted} are in {@code have}. */
  static long hits(Set<String> wanted, Set<String> have) {
    return wanted.stream().filter(have::contains).count();
  }
}
