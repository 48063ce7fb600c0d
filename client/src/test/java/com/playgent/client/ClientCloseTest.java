package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.model.Run;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Closing a client answers every caller still waiting on it, instead of leaving them blocked. */
class ClientCloseTest {
  @Test
  void close_fails_a_wait_that_is_still_pending() {
    PlaygentClient client = PlaygentClient.builder().baseUrl("http://127.0.0.1:9/v1").apiKey("k").build();
    CompletableFuture<Run> waiting = client.awaitRunAsync("run_x", 3600, AwaitOptions.defaults());
    assertThat(waiting).isNotDone();

    client.close();

    assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(PlaygentException.class)
        .hasMessageContaining("the Playgent client was closed while this request or wait was pending");
    assertThatThrownBy(waiting::join).isInstanceOf(CompletionException.class);
  }
}
