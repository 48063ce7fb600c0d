/**
 * What the JUnit extension and the Maven plugin share, in plain Java (no JUnit, no Maven types):
 * settings, the run pipeline, the outcome model and the session record. Not API for users: the
 * front ends map it; it may change in any release.
 */
package com.playgent.core;
