import groovy.json.JsonSlurper

File a = new File(basedir, 'module-a/target/playgent')
File b = new File(basedir, 'module-b/target/playgent')
assert new File(a, 'sessions').listFiles().size() == 1
assert new File(b, 'sessions').listFiles().size() == 1

def summary = new JsonSlurper().parse(new File(basedir, 'target/playgent/report/summary.json'))
assert summary.runs == 2
assert summary.test_cases == 2
assert summary.test_case_results*.id.sort() == ['tc_def123', 'tc_xyz789']
assert summary.sessions.ids.size() == 2
assert summary.inputs*.dir.collect { new File(it).canonicalPath }.sort() == [a.canonicalPath, b.canonicalPath].sort()
assert summary.inputs.every { it.shards == [] }
assert summary.shards.missing == []
assert summary.failing_turns*.name.contains('Refund Request Flow › turn 3: Can you also refund the shipping fee?')
assert new File(basedir, 'target/playgent/report/index.html').text.contains('tc_def123')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent report-aggregate input ' + a.canonicalPath)
assert log.contains('Playgent report-aggregate input ' + b.canonicalPath)
assert log.contains('Playgent report-aggregate: no sessions in report-aggregate (modules without Playgent tests, or not tested yet)')
// Each module's emulator numbered its run from the same start: equal ids, two runs, both counted above.
assert new File(a, 'runs').list() as List == new File(b, 'runs').list() as List
assert log.contains('BUILD SUCCESS')
return true
