package com.playgent.assertj.internal;

/**
 * One scorer's output or result as a failure message shows it. Not API.
 *
 * @param name the scorer's name, null when asserted on its own
 * @param owner what it scored, e.g. {@code turn 2 of Refund Flow}, null when unknown
 * @param details its score and reasoning (and pass and metadata where known), two spaces in
 * @param others every score of the owner with its reasoning, under a title, or null
 */
public record ScorerSubject(String name, String owner, String details, String others) {
  /** {@code faithfulness of turn 2 of Refund Flow}, or {@code the scorer output}. */
  public String subject() {
    if (name == null) {
      return owner == null ? "the scorer output" : "a scorer of " + owner;
    }
    return owner == null ? name : name + " of " + owner;
  }

  /** Appends the owner's other scores, if known, after the expectation. */
  public String withOthers(String expectation) {
    return others == null ? expectation : expectation + "\n" + others;
  }
}
