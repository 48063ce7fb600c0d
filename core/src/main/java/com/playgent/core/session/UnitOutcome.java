package com.playgent.core.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of one unit (a test case, a tag selection or a pinned run) in a session. */
public enum UnitOutcome {
  /** Its turns were reported (passed, failed or known failing: see the counts). */
  @JsonProperty("reported") REPORTED,
  /** The run could not be started, awaited or read; the message says why. */
  @JsonProperty("error") ERROR,
  /** Skipped because the service was unavailable and {@code playgent.on-unavailable=skip}. */
  @JsonProperty("skipped_unavailable") SKIPPED_UNAVAILABLE,
  /** The selection matched no test case (a failure, or a skip with {@code allowEmpty}). */
  @JsonProperty("nothing_matched") NOTHING_MATCHED;
}
