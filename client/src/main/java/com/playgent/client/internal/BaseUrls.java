package com.playgent.client.internal;

import com.playgent.client.PlaygentConfigurationException;
import java.net.InetAddress;
import okhttp3.HttpUrl;

/** Checks a base URL before any request: parseable, and https unless the host is this machine. */
public final class BaseUrls {
  private BaseUrls() {}

  /** Fails with a {@link PlaygentConfigurationException} naming the value unless {@link #parse} accepts it. */
  public static void check(String value) {
    parse(value);
  }

  /** For the client only: the result is a shaded OkHttp type, which other modules must not see. */
  public static HttpUrl parse(String value) {
    if (value == null || value.isBlank()) {
      throw new PlaygentConfigurationException("no Playgent base URL: set PLAYGENT_BASE_URL or playgent.base-url, "
          + "or leave both unset for https://api.playgent.com/v1");
    }
    HttpUrl url = HttpUrl.parse(value.trim());
    if (url == null) {
      throw new PlaygentConfigurationException("malformed Playgent base URL '" + value
          + "': expected an absolute http(s) URL such as https://api.playgent.com/v1");
    }
    if (url.scheme().equals("http") && !isLoopback(url.host())) {
      throw new PlaygentConfigurationException("refusing base URL " + url + ": plain http would send the API key "
          + "unencrypted to " + url.host() + ". Use https://, or http:// only for a loopback host such as the local "
          + "emulator (http://127.0.0.1:8787/v1).");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new PlaygentConfigurationException("base URL '" + url + "' must not have a query or fragment");
    }
    return url;
  }

  public static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+") && !host.contains(":")) {
      return false; // a name other than localhost: never resolve it here
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
