import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')

// Two forks, each its own test session in the one output directory.
File sessionsDir = new File(basedir, 'target/playgent/sessions')
def sessions = sessionsDir.listFiles().collect { new JsonSlurper().parse(it) }
assert sessions.size() == 2 : "one session per fork, was ${sessions*.session_id}"
assert sessions.every { it.ended_at != null && !it.selections.isEmpty() }

// The emulator refused nothing (the forks kept to the shared window) and the suite needed more than one window.
def stopped = (log =~ /Playgent emulator at \S+ stopped \((\d+) requests, (\d+) runs, (\d+) answered 429\)/)
assert stopped.find()
int requests = stopped.group(1) as int
int refused = stopped.group(3) as int
assert requests > 8 : "the suite sent $requests requests: no more than one window of 8, so nothing was shared"
assert refused == 0 : "$refused requests were answered 429"
assert new File(basedir, 'target/playgent/rate-limit.json').text.contains('"window_end"')
assert !new File(basedir, 'target/playgent/rate-limit.json').text.contains('local-emulator')

// No 429 reached a test: every test passed or was a known failure, none errored.
def suites = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
assert !suites.isEmpty()
suites.each { f ->
  def xml = new groovy.xml.XmlSlurper().parse(f)
  assert xml.@errors.text() == '0' : f.name
  assert xml.@failures.text() == '0' : f.name
}

// report and check read both forks' sessions as one build result.
def summary = new JsonSlurper().parse(new File(basedir, 'target/playgent/report/summary.json'))
assert summary.sessions.ids.sort() == sessions*.session_id.sort()
assert summary.sessions.description.startsWith('2 sessions of this build: ')
assert summary.runs == 5
assert summary.failed_runs == 0
assert summary.test_case_results*.id.unique().sort() == ['tc_escalation', 'tc_greeting', 'tc_order_status', 'tc_refund_policy', 'tc_shipping_abroad']
assert summary.status == 'passed'
assert log.contains('Playgent check: 2 sessions of this build: ')
assert log.contains('BUILD SUCCESS')
return true
