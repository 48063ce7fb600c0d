import groovy.json.JsonSlurper

List<String> earlier = ['20260115T090000.000Z-01d0a1', '20260115T090000.250Z-01d0c1']
File playgent = new File(basedir, 'earlier-build')
List<String> onDisk = new File(playgent, 'sessions').listFiles()*.name.collect { it - '.json' }.sort()
assert onDisk.size() == 4
assert onDisk.containsAll(earlier)
List<String> current = onDisk - earlier
assert current.size() == 2

File report = new File(basedir, 'target/playgent/report')
def summary = new JsonSlurper().parse(new File(report, 'summary.json'))
assert summary.sessions.ids == current
assert summary.sessions.description == '2 sessions of this build: ' + current.join(', ')
// Only this build's two runs: the earlier build's runs (tc_refund, tc_hostile) are on disk but not counted.
assert new File(playgent, 'runs/run_old_a.json').isFile() && new File(playgent, 'runs/run_old_c.json').isFile()
assert summary.runs == 2
assert summary.test_cases == 2
assert summary.test_case_results*.id.sort() == ['tc_def123', 'tc_xyz789']
assert !summary.failing_turns*.run_id.any { it.startsWith('run_old_') }
assert summary.failing_turns*.name.contains('Refund Request Flow › turn 3: Can you also refund the shipping fee?')
assert summary.failed_runs == 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent report: 2 sessions of this build: ' + current.join(', '))
assert new File(report, 'summary.md').getText('UTF-8')
    .contains('\n\nRead 2 sessions of this build: ' + current.join(', ') + '.\n\n')
assert log.contains('BUILD SUCCESS')
return true
