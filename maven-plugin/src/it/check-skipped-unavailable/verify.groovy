import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

// run skipped the unit visibly and said why.
String skip = 'Playgent is unavailable for test case tc_refund at http://127.0.0.1:9/v1: '
assert log.contains(skip)
assert log.contains('(skipped: playgent.on-unavailable=skip)')
def tc = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-playgent.tc_refund.xml'))
assert tc.@tests == '1' && tc.@skipped == '1' && tc.@failures == '0' && tc.@errors == '0'
assert tc.testcase[0].@name == 'tc_refund › run'
assert tc.testcase[0].skipped.@message.toString().startsWith(skip)

// The session records the skip.
File[] sessions = new File(basedir, 'target/playgent/sessions').listFiles()
assert sessions.length == 1
def session = new JsonSlurper().parse(sessions[0])
assert session.on_unavailable == 'skip'
def unit = session.selections[0].units[0]
assert unit.label == 'tc_refund'
assert unit.outcome == 'skipped_unavailable'
assert unit.obtained == 'none'
assert unit.run_id == null
assert !new File(basedir, 'target/playgent/runs').exists()

// check judged nothing, passed, and said why: how many units, which session, that skip was chosen.
assert log.contains('Playgent check: session of this build: ' + session.session_id)
assert log.contains('[WARNING] Playgent check judged nothing: 1 unit (tc_refund) of session ' + session.session_id
    + ' was skipped because the Playgent service was unavailable and playgent.on-unavailable=skip was set (first: '
    + skip)
assert log.contains('and no run was judged. The quality gates (minPassRate 0.95, maxFailedRuns 0) pass unjudged: a '
    + 'skip chosen with playgent.on-unavailable=skip never turns into a red build.')
def gates = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml'))
assert gates.@tests == '2' && gates.@skipped == '2' && gates.@failures == '0'
assert gates.testcase*.@name*.toString() == ['pass rate', 'failed runs']
return true
