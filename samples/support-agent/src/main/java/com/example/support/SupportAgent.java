package com.example.support;

import java.util.Locale;

/**
 * Stands in for the team's own agent code: answers a question from the refund policy. A real
 * project would call its LLM here; the sample keeps it deterministic.
 */
public final class SupportAgent {
  public static final String REFUND_POLICY =
      "Refund Policy Doc: Returns accepted within 30 days of purchase for full refund. Excludes sale items.";

  public String answer(String question) {
    String q = question.toLowerCase(Locale.ROOT);
    if (q.contains("refund") || q.contains("return")) {
      return "Our refund policy allows returns within 30 days of purchase for a full refund.";
    }
    return "I can help with orders, shipping and refunds. What do you need?";
  }
}
