/** Internal to the emulator (world); not API, may change without notice. */
package com.playgent.emulator.world;
