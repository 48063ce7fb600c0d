package com.playgent.core.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the run a unit reports was obtained. */
public enum Obtained {
  /** Started on the service by this session. */
  @JsonProperty("live") LIVE,
  /** Started on the service and saved as a recording ({@code playgent.mode=record}). */
  @JsonProperty("recorded") RECORDED,
  /** Read from a recording, no network ({@code playgent.mode=replay}). */
  @JsonProperty("replayed") REPLAYED,
  /** The last finished run of the same selection, from the output directory ({@code playgent.reuse-runs}). */
  @JsonProperty("reused") REUSED,
  /** An existing run named by its id ({@code run = "run_..."}). */
  @JsonProperty("pinned") PINNED,
  /** No run was obtained (it could not be started or found). */
  @JsonProperty("none") NONE
}
