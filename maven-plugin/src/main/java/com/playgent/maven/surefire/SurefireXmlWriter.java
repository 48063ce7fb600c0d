package com.playgent.maven.surefire;

import com.playgent.client.store.AtomicFiles;
import com.playgent.core.outcome.Escaper;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link JUnitSuite} in the Surefire XML format ({@code TEST-*.xml}): a
 * {@code <testsuite>} with {@code tests}, {@code failures}, {@code errors}, {@code skipped} and
 * {@code time}, one {@code <testcase>} per case, {@code <failure>}/{@code <error>} with a
 * {@code message} attribute and the details as body, and a {@code <system-out>} per case. Text
 * goes through the one {@link Escaper}, so a hostile agent output can never make the file unreadable.
 */
public final class SurefireXmlWriter {
  private SurefireXmlWriter() {}

  public static String toXml(JUnitSuite suite) {
    StringBuilder x = new StringBuilder(1024);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\"")
        .append(" version=\"3.0.2\"")
        .append(" name=\"").append(Escaper.XML_ATTRIBUTE.escape(suite.name())).append('"')
        .append(" time=\"").append(seconds(suite.timeSeconds())).append('"')
        .append(" tests=\"").append(suite.cases().size()).append('"')
        .append(" errors=\"").append(suite.errors()).append('"')
        .append(" skipped=\"").append(suite.skipped()).append('"')
        .append(" failures=\"").append(suite.failures()).append("\">\n");
    for (JUnitCase c : suite.cases()) {
      x.append("  <testcase name=\"").append(Escaper.XML_ATTRIBUTE.escape(c.name())).append('"')
          .append(" classname=\"").append(Escaper.XML_ATTRIBUTE.escape(c.classname())).append('"')
          .append(" time=\"").append(seconds(c.timeSeconds())).append('"');
      boolean hasBody = c.outcome() != JUnitCase.Outcome.PASSED || c.systemOut() != null;
      if (!hasBody) {
        x.append("/>\n");
        continue;
      }
      x.append(">\n");
      switch (c.outcome()) {
        case FAILURE -> problem(x, "failure", c);
        case ERROR -> problem(x, "error", c);
        case SKIPPED -> x.append("    <skipped").append(c.message() == null ? "" : " message=\""
            + Escaper.XML_ATTRIBUTE.escape(c.message()) + "\"").append("/>\n");
        default -> { }
      }
      if (c.systemOut() != null) {
        x.append("    <system-out>").append(Escaper.XML_TEXT.escape(c.systemOut())).append("</system-out>\n");
      }
      x.append("  </testcase>\n");
    }
    x.append("</testsuite>\n");
    return x.toString();
  }

  /** Writes the suite to {@code file} atomically, creating the directory. */
  public static Path write(JUnitSuite suite, Path file) {
    return AtomicFiles.write(file, toXml(suite));
  }

  /** A file name part made of letters, digits, dot, dash and underscore only. */
  public static String safeFileName(String s) {
    String cleaned = (s == null ? "" : s).replaceAll("[^A-Za-z0-9._-]+", "_");
    cleaned = cleaned.replaceAll("^[._]+", "");
    if (cleaned.length() > 100) {
      cleaned = cleaned.substring(0, 100);
    }
    return cleaned.isEmpty() ? "unnamed" : cleaned;
  }

  private static void problem(StringBuilder x, String element, JUnitCase c) {
    x.append("    <").append(element);
    if (c.message() != null) {
      x.append(" message=\"").append(Escaper.XML_ATTRIBUTE.escape(c.message())).append('"');
    }
    if (c.type() != null) {
      x.append(" type=\"").append(Escaper.XML_ATTRIBUTE.escape(c.type())).append('"');
    }
    if (c.details() == null) {
      x.append("/>\n");
    } else {
      x.append('>').append(Escaper.XML_TEXT.escape(c.details())).append("</").append(element).append(">\n");
    }
  }

  static String seconds(double s) {
    return String.format(Locale.ROOT, "%.3f", s);
  }
}
