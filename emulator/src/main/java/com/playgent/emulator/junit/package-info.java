/** Start an emulator per test class with {@link com.playgent.emulator.junit.EmulatedPlaygent}. */
package com.playgent.emulator.junit;
