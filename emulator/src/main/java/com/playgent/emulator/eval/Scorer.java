package com.playgent.emulator.eval;

/** Name the formula families behind the accepted scorer names. */
public enum Scorer {
  /** Share of the input's key terms found in the output. */
  RELEVANCY(false),
  /** Share of the output's sentences supported by the context or ground truth. */
  FAITHFULNESS(false),
  /** Share of context chunks that share a key term with the input. */
  CONTEXTUAL_RELEVANCY(false),
  /** Average precision of relevant context chunks over their ranks. */
  CONTEXTUAL_PRECISION(false),
  /** Share of the reference's key terms found in the context. */
  CONTEXTUAL_RECALL(false),
  /** Share of the reference's key terms found in the output. */
  COMPLETENESS(false),
  /** Mean of relevancy and completeness. */
  PLAYVAL(false),
  /** Agentic metrics: nothing to judge without tool data, always 1.0. */
  AGENTIC(false),
  /** Biased words in the output; lower is better. */
  BIAS(true),
  /** Toxic words in the output; lower is better. */
  TOXICITY(true),
  /** One minus toxicity. */
  SAFETY(false),
  /** One minus the advice-word score. */
  NON_ADVICE(false);

  private final boolean lowerIsBetter;

  Scorer(boolean lowerIsBetter) {
    this.lowerIsBetter = lowerIsBetter;
  }

  /** Return whether a low score is the good outcome (bias, toxicity). */
  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }

  /**
   * Decide whether a score passes: {@code score >= threshold}, or for lower-is-better scorers
   * {@code score <= 1 - threshold}.
   */
  public boolean passes(double score, double threshold) {
    return lowerIsBetter ? score <= 1.0 - threshold + 1e-9 : score >= threshold - 1e-9;
  }
}
