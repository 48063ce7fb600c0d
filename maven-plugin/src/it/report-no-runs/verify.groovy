String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('No recorded Playgent runs in ')
assert log.contains('(playgent.allowNoRuns is set: passing)')
assert log.contains('BUILD SUCCESS')
File report = new File(basedir, 'target/playgent/report')
assert new File(report, 'index.html').getText('UTF-8').contains('No recorded Playgent runs')
assert new File(report, 'summary.md').getText('UTF-8').startsWith('## ⚠️ Playgent: no recorded runs')
assert new groovy.json.JsonSlurper().parse(new File(report, 'summary.json')).status == 'empty'
assert !new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml').exists()
// playgent:help lists every goal.
['playgent:report', 'playgent:check', 'playgent:run', 'playgent:emulator-start', 'playgent:emulator-stop',
    'playgent:help'].each { assert log.contains(it) }
return true
