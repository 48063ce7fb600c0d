/**
 * Transport internals: OkHttp, Jackson, retries, the rate limiter and polling. Not API: anything
 * here may change in any release.
 */
package com.playgent.client.internal;
