/**
 * Playgent test cases as JUnit tests: {@link com.playgent.junit.PlaygentTest} on a class,
 * {@link com.playgent.junit.PlaygentCase} on a factory method, and every turn of every run becomes
 * its own dynamic test.
 */
package com.playgent.junit;
