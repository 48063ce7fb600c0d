String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent report: no session')
assert log =~ /No Playgent session in .*report-no-runs.target.playgent.sessions: the report says so and shows nothing else\./
assert log =~ /No Playgent session in .*report-no-runs.target.playgent.sessions: the quality gates \(minPassRate 0\.95\) have nothing to judge\. Run the tests with the Playgent JUnit extension, or playgent:run, before playgent:check \(playgent\.allow-no-runs is set: passing\)/
assert log.contains('BUILD SUCCESS')
File report = new File(basedir, 'target/playgent/report')
assert new File(report, 'index.html').getText('UTF-8').contains('No Playgent session was found in')
assert new File(report, 'summary.md').getText('UTF-8').startsWith('## ⚠️ Playgent: no recorded runs\n\nRead no session.\n')
def summary = new groovy.json.JsonSlurper().parse(new File(report, 'summary.json'))
assert summary.status == 'empty'
assert summary.sessions.ids == []
assert !new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml').exists()
// playgent:help lists every goal.
['playgent:report', 'playgent:check', 'playgent:run', 'playgent:emulator-start', 'playgent:emulator-stop',
    'playgent:help'].each { assert log.contains(it) }
return true
