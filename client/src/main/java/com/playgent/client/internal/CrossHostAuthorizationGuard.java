package com.playgent.client.internal;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Drops {@code Authorization} from any request that leaves the configured host. The client follows
 * no redirect off the service ({@link OffOriginRedirects}); this also covers a caller-supplied
 * client whose interceptors send a request elsewhere.
 */
final class CrossHostAuthorizationGuard implements Interceptor {
  private final HttpUrl base;

  CrossHostAuthorizationGuard(HttpUrl base) {
    this.base = base;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!OffOriginRedirects.sameOrigin(request.url(), base) && request.header("Authorization") != null) {
      request = request.newBuilder().removeHeader("Authorization").build();
    }
    return chain.proceed(request);
  }
}
