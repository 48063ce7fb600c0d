String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('playgent:run names no Playgent test case: set test case ids (<testCases><testCase>tc_refund'
    + '</testCase></testCases> or -Dplaygent.test-cases=tc_refund,tc_cancel) or tags (<tags><tag>critical-path</tag>'
    + '</tags> or -Dplaygent.tags=critical-path).')
// Refused before any side effect: no journal, no session record.
assert !new File(basedir, 'target/playgent/runs.jsonl').exists()
assert !new File(basedir, 'target/playgent/sessions').exists()
return true
