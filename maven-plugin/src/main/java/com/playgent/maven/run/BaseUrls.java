package com.playgent.maven.run;

import java.net.URI;
import java.util.Locale;

/** Recognises a local emulator URL: http(s) on localhost or a loopback address. */
public final class BaseUrls {
  private BaseUrls() {}

  public static boolean isLoopback(String url) {
    if (url == null) {
      return false;
    }
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return false;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.equals("localhost") || host.endsWith(".localhost")
          || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || host.equals("[::1]") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
          || host.equals("[0:0:0:0:0:0:0:1]");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
