/** Internal to the emulator (http); not API, may change without notice. */
package com.playgent.emulator.http;
