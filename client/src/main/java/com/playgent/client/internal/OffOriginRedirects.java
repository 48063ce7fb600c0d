package com.playgent.client.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps every request on the configured service: a redirect to another scheme, host or port is
 * not followed. The answer comes back as the 3xx it is, without its {@code Location} (so OkHttp,
 * or a caller's own interceptor, does not follow it), and the refused target is noted on the
 * request's {@link Refused} tag for the error message. Redirects within the service are followed
 * as OkHttp does.
 */
final class OffOriginRedirects implements Interceptor {
  private final HttpUrl base;

  OffOriginRedirects(HttpUrl base) {
    this.base = base;
  }

  /** Where a request was redirected to when the redirect was refused; null while none was. */
  static final class Refused {
    volatile HttpUrl from;
    volatile HttpUrl to;
  }

  static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String location = response.isRedirect() ? response.header("Location") : null;
    if (location == null) {
      return response;
    }
    HttpUrl target = response.request().url().resolve(location);
    if (target == null || sameOrigin(target, base)) {
      return response;
    }
    Refused refused = chain.request().tag(Refused.class);
    if (refused != null) {
      refused.from = response.request().url();
      refused.to = target;
    }
    return response.newBuilder().removeHeader("Location").build();
  }
}
