String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('playgent:run has nothing to run: set test case ids (<testCases><testCase>tc_refund</testCase>'
    + '</testCases> or -Dplaygent.testCases=tc_refund,tc_cancel) or tags (<tags><tag>critical-path</tag></tags> or '
    + '-Dplaygent.tags=critical-path).')
assert !new File(basedir, 'target/playgent/runs.jsonl').exists()
return true
