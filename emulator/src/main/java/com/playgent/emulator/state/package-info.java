/** Internal to the emulator (state); not API, may change without notice. */
package com.playgent.emulator.state;
