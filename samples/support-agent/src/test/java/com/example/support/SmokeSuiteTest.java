package com.example.support;

import com.playgent.junit.PlaygentCase;
import com.playgent.junit.PlaygentSuite;

/** Test cases selected by tag: one run covers every test case tagged "smoke". */
@PlaygentCase(tags = "smoke", thresholds = "faithfulness >= 0.85")
class SmokeSuiteTest implements PlaygentSuite {}
