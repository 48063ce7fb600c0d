package com.playgent.client.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Drops {@code Authorization} from any request that leaves the configured host, e.g. a redirect.
 * OkHttp already does this for the redirects it follows; this also covers a caller-supplied client
 * with interceptors of its own.
 */
final class CrossHostAuthorizationGuard implements Interceptor {
  private final HttpUrl base;

  CrossHostAuthorizationGuard(HttpUrl base) {
    this.base = base;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    boolean sameOrigin = url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
    if (!sameOrigin && request.header("Authorization") != null) {
      request = request.newBuilder().removeHeader("Authorization").build();
    }
    return chain.proceed(request);
  }
}
