package com.playgent.maven.surefire;

/**
 * Escapes text for XML 1.0 element content and attribute values. Characters XML 1.0 cannot carry
 * at all (control characters other than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired
 * surrogates) become a visible {@code \\uXXXX}, so a hostile agent output can never make the file
 * unreadable. Emoji and other supplementary characters are kept.
 */
public final class XmlText {
  private XmlText() {}

  /** For element content: {@code & < >} escaped, line breaks kept. */
  public static String content(String s) {
    return escape(s, false);
  }

  /** For a double-quoted attribute value: also {@code "}, and line breaks as character references. */
  public static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append(attribute ? "&#13;" : "&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
