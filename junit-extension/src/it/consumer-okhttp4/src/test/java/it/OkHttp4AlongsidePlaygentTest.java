package it;

import static org.assertj.core.api.Assertions.assertThat;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentRuns;
import com.playgent.junit.PlaygentTest;
import java.io.IOException;
import java.util.stream.Stream;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;

/** The project's own OkHttp 4 and a Playgent run, in one JVM. */
@PlaygentTest
class OkHttp4AlongsidePlaygentTest {

  @Test
  void the_projects_own_okhttp_4_calls_the_emulator() throws IOException {
    assertThat(OkHttp.VERSION).isEqualTo("4.12.0");
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder()
        .url(System.getProperty("playgent.base-url") + "/test-cases/tc_greeting")
        .header("Authorization", "Bearer any-key-will-do")
        .build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).contains("\"tc_greeting\"");
    }
  }

  @PlaygentCase("tc_greeting")
  Stream<DynamicNode> greeting(PlaygentRuns runs) {
    return runs.stream();
  }
}
