package com.playgent.junit;

import com.playgent.core.pipeline.EarlierRuns;
import com.playgent.junit.internal.Narrowing;
import com.playgent.junit.internal.PlaygentSession;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Hands what each discovery request selects to the launcher session's {@link PlaygentSession}, so a
 * factory knows when the launcher asked for only some of its containers or turns (an IDE re-running
 * one turn). Registered on the session's launcher by {@link PlaygentSessionListener}: one per session,
 * sharing its state, no static registry. A request that fails to read narrows nothing.
 */
final class SelectionListener implements LauncherDiscoveryListener {
  private final PlaygentSession session;

  SelectionListener(PlaygentSession session) {
    this.session = session;
  }

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    Narrowing narrowing;
    try {
      narrowing = Narrowing.of(request.getSelectorsByType(DiscoverySelector.class));
    } catch (RuntimeException | LinkageError unreadable) {
      narrowing = Narrowing.NONE;
    }
    session.narrowing(narrowing);
    if (narrowing != Narrowing.NONE) {
      session.preparing(EarlierRuns.prepare()); // while JUnit discovers: an IDE re-run then waits for little else
    }
  }
}
