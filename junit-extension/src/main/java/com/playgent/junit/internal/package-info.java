/** The extension's machinery: settings, run coordination, nodes. Not API. */
package com.playgent.junit.internal;
