/** Internal to the emulator (eval); not API, may change without notice. */
package com.playgent.emulator.eval;
