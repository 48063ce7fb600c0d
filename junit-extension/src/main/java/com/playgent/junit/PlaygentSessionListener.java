package com.playgent.junit;

import com.playgent.junit.internal.Console;
import com.playgent.junit.internal.PlaygentSession;
import org.apiguardian.api.API;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens the Playgent session of a launcher session: puts it in the launcher-session store, where
 * the extension finds it and which closes it at the end (writing the session record), and registers
 * on the session's launcher the discovery listener that tells it what was selected and the
 * plan-start listener that starts every declared run when the plan starts.
 * Registered through {@code META-INF/services}; does nothing visible in plans without Playgent tests.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PlaygentSessionListener implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    PlaygentSession playgent = session.getStore().getOrComputeIfAbsent(Namespace.create(PlaygentSession.NAMESPACE_PARTS),
        PlaygentSession.class, k -> new PlaygentSession(Console.outsideTestOutput()), PlaygentSession.class);
    session.getLauncher().registerLauncherDiscoveryListeners(new SelectionListener(playgent));
    session.getLauncher().registerTestExecutionListeners(new PlanStartListener(playgent));
  }
}
