package com.playgent.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.playgent.client.model.Run;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged jar, with OkHttp, okio and Kotlin removed from the classpath (see the
 * failsafe configuration): what a user's test JVM gets from the installed client.
 */
class ShadedJarIT {
  private static final String SHADED = "com.playgent.client.internal.shaded.";

  @Test
  void runs_from_the_packaged_jar_with_no_unrelocated_OkHttp_okio_or_Kotlin_on_the_classpath() {
    assertThat(jar()).isRegularFile();
    assertThat(jar().getFileName().toString()).startsWith("playgent-client-").endsWith(".jar");
    for (String name : List.of("okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit", "org.jetbrains.annotations.NotNull")) {
      assertThatThrownBy(() -> Class.forName(name)).as(name).isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void jar_holds_only_the_client_and_the_relocated_http_stack() throws IOException {
    List<String> stray = new ArrayList<>();
    try (JarFile jar = new JarFile(jar().toFile())) {
      for (JarEntry entry : jar.stream().collect(Collectors.toList())) {
        String name = entry.getName();
        if (!name.startsWith("com/playgent/client/") && !name.startsWith("META-INF/")
            && !name.equals("com/") && !name.equals("com/playgent/")) {
          stray.add(name);
        }
      }
      assertThat(jar.getEntry("com/playgent/client/internal/shaded/okhttp3/internal/publicsuffix/PublicSuffixDatabase.list"))
          .isNotNull();
    }
    assertThat(stray).isEmpty();
  }

  @Test
  void talks_http_through_the_relocated_okhttp() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    List<String> authorizations = new ArrayList<>();
    server.createContext("/v1/runs/run_1", exchange -> {
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = "{\"run_id\":\"run_1\",\"status\":\"completed\",\"success\":true,\"turns\":[]}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try (PlaygentClient client = PlaygentClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
        .apiKey("pk_shaded_jar_check")
        .build()) {
      Run run = client.getRun("run_1");
      assertThat(run.runId()).isEqualTo("run_1");
    } finally {
      server.stop(0);
    }
    assertThat(authorizations).containsExactly("Bearer pk_shaded_jar_check");
  }

  @Test
  void relocated_okhttp_finds_its_public_suffix_database() throws ReflectiveOperationException {
    Class<?> httpUrl = Class.forName(SHADED + "okhttp3.HttpUrl");
    Object url = httpUrl.getMethod("get", String.class).invoke(null, "https://api.playgent.co.uk/v1");
    assertThat(httpUrl.getMethod("topPrivateDomain").invoke(url)).isEqualTo("playgent.co.uk");
  }

  @Test
  void relocated_okhttp_detects_the_jdk_platform_and_its_tls() throws ReflectiveOperationException {
    Class<?> platformClass = Class.forName(SHADED + "okhttp3.internal.platform.Platform");
    Object companion = platformClass.getField("Companion").get(null);
    Object platform = companion.getClass().getMethod("get").invoke(companion);
    assertThat(platform.getClass().getName()).isEqualTo(SHADED + "okhttp3.internal.platform.Jdk9Platform");
    assertThat(platformClass.getMethod("newSSLContext").invoke(platform)).isInstanceOf(SSLContext.class);
    X509TrustManager trust = (X509TrustManager) platformClass.getMethod("platformTrustManager").invoke(platform);
    assertThat(trust.getAcceptedIssuers()).isNotEmpty();
  }

  @Test
  void no_public_signature_outside_internal_mentions_a_shaded_type() throws IOException, ClassNotFoundException {
    List<String> leaks = new ArrayList<>();
    try (JarFile jar = new JarFile(jar().toFile())) {
      for (JarEntry entry : jar.stream().collect(Collectors.toList())) {
        String name = entry.getName();
        if (!name.endsWith(".class") || !name.startsWith("com/playgent/client/") || name.contains("/internal/")
            || name.endsWith("package-info.class")) {
          continue;
        }
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
            ShadedJarIT.class.getClassLoader());
        if (!Modifier.isPublic(type.getModifiers())) {
          continue;
        }
        List<Member> members = new ArrayList<>();
        members.addAll(List.of(type.getDeclaredMethods()));
        members.addAll(List.of(type.getDeclaredConstructors()));
        members.addAll(List.of(type.getDeclaredFields()));
        for (Member member : members) {
          int modifiers = member.getModifiers();
          String signature = member instanceof Method ? ((Method) member).toGenericString()
              : member instanceof Constructor ? ((Constructor<?>) member).toGenericString()
              : ((Field) member).toGenericString();
          if ((Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && signature.contains(SHADED)) {
            leaks.add(signature);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static Path jar() {
    try {
      return Path.of(PlaygentClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
