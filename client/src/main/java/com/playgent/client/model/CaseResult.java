package com.playgent.client.model;

import java.util.List;

/**
 * One test case's part of a multi-case run. This shape is an emulator extension (open question 1
 * in {@code docs/api/CONTRACT.md} §6): the documented run carries one {@code test_case} and a flat
 * {@code turns} array, and the client never depends on this field being present.
 */
public record CaseResult(String id, String name, Boolean success, List<TurnResult> turns, RunSummary summary) {
  public CaseResult {
    turns = Immutables.list(turns);
  }

  public EntityRef ref() {
    return new EntityRef(id, name);
  }
}
