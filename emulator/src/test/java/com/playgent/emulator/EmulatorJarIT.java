package com.playgent.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.playgent.emulator.support.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Start the built runnable jar as its own process and talk to it over HTTP. */
class EmulatorJarIT {
  private static final Pattern LISTENING = Pattern.compile("Playgent emulator listening on (http://127\\.0\\.0\\.1:(\\d+)/v1)");

  @Test
  void runnable_jar_serves_the_documented_run() throws Exception {
    Path jar = Path.of(System.getProperty("playgent.emulator.jar"));
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0", "--api-key", Http.KEY)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).as("first line on stdout").isNotNull();
      Matcher m = LISTENING.matcher(first);
      assertThat(m.matches()).as("first line: %s", first).isTrue();
      Http http = new Http(m.group(1));
      String request = Files.readString(Path.of(System.getProperty("playgent.examples.dir"), "runs-create.request.json"));

      Http.Response created = http.post("/runs", request);
      assertThat(created.status()).isEqualTo(202);
      assertThat(created.json().get("status").asText()).isEqualTo("queued");
      String runId = created.json().get("run_id").asText();

      JsonNode run = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (System.nanoTime() < deadline) {
        run = http.get("/runs/" + runId).json();
        if (run.get("status").asText().equals("completed")) {
          break;
        }
        Thread.sleep(100);
      }
      assertThat(run.get("status").asText()).isEqualTo("completed");
      assertThat(run.at("/turns/0/trace_id").asText()).isEqualTo("trace_ghi789");
      assertThat(run.at("/summary/total_cost_usd").asDouble()).isEqualTo(0.0102);
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
    assertThat(process.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
  }
}
