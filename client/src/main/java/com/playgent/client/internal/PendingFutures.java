package com.playgent.client.internal;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The futures a client still owes an answer, so that closing it fails them instead of leaving callers hanging. */
public final class PendingFutures {
  private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

  public <T> CompletableFuture<T> track(CompletableFuture<T> future) {
    pending.add(future);
    future.whenComplete((v, e) -> pending.remove(future));
    return future;
  }

  public void failAll(RuntimeException reason) {
    for (CompletableFuture<?> f : pending.toArray(new CompletableFuture<?>[0])) {
      f.completeExceptionally(reason);
    }
  }
}
