package com.playgent.emulator.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Map every accepted scorer name to its formula family. The names are the documented built-in
 * metrics plus the names used in the documentation's examples ({@code relevance},
 * {@code completeness}, {@code safety}, {@code hallucination_score}); anything else is rejected.
 */
public final class ScorerCatalog {
  /** The default pass threshold. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private static final Map<String, Scorer> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("playval", Scorer.PLAYVAL);
    for (String n : new String[] {"answer_relevancy", "relevance", "turn_relevancy",
        "topic_adherence", "role_adherence"}) {
      NAMES.put(n, Scorer.RELEVANCY);
    }
    for (String n : new String[] {"faithfulness", "hallucination_score", "turn_faithfulness"}) {
      NAMES.put(n, Scorer.FAITHFULNESS);
    }
    NAMES.put("contextual_relevancy", Scorer.CONTEXTUAL_RELEVANCY);
    NAMES.put("turn_contextual_relevancy", Scorer.CONTEXTUAL_RELEVANCY);
    NAMES.put("contextual_precision", Scorer.CONTEXTUAL_PRECISION);
    NAMES.put("turn_contextual_precision", Scorer.CONTEXTUAL_PRECISION);
    NAMES.put("contextual_recall", Scorer.CONTEXTUAL_RECALL);
    NAMES.put("turn_contextual_recall", Scorer.CONTEXTUAL_RECALL);
    for (String n : new String[] {"task_completion", "completeness", "conversation_completeness",
        "goal_accuracy", "knowledge_retention"}) {
      NAMES.put(n, Scorer.COMPLETENESS);
    }
    for (String n : new String[] {"tool_correctness", "argument_correctness", "step_efficiency",
        "plan_adherence", "plan_quality", "tool_use"}) {
      NAMES.put(n, Scorer.AGENTIC);
    }
    NAMES.put("bias", Scorer.BIAS);
    NAMES.put("toxicity", Scorer.TOXICITY);
    NAMES.put("safety", Scorer.SAFETY);
    NAMES.put("non_advice", Scorer.NON_ADVICE);
  }

  private ScorerCatalog() {}

  /** Return the family of a scorer name, or empty when the name is not accepted. */
  public static Optional<Scorer> lookup(String name) {
    return Optional.ofNullable(NAMES.get(name));
  }

  /** Return every accepted scorer name. */
  public static Set<String> names() {
    return NAMES.keySet();
  }

  /** Decide whether {@code score} passes for the named scorer at {@code threshold}. */
  public static boolean passes(String name, double score, double threshold) {
    return lookup(name).orElse(Scorer.RELEVANCY).passes(score, threshold);
  }
}
