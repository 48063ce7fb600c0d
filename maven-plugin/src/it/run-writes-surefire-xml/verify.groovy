import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
def started = (log =~ /Playgent emulator started at (http:\/\/127\.0\.0\.1:\d+\/v1)/)
assert started.find()
String url = started.group(1)
assert log.contains('No Playgent API key set; sending the local emulator at ' + url + ' a placeholder key (an emulator '
    + 'accepts any key)')
assert log.contains('Starting 2 Playgent runs on ' + url + ' (mode live, timeout 1m per run)')
assert log.contains('(playgent.ignore-failures is set: not failing the build)')
assert log.contains('Playgent emulator at ' + url + ' stopped')
assert log.contains('BUILD SUCCESS')

File reports = new File(basedir, 'target/surefire-reports')
File[] refund = reports.listFiles().findAll { it.name ==~ /TEST-playgent\.tc_xyz789\.run_.+\.xml/ }
assert refund.length == 1
def suite = new XmlSlurper().parse(refund[0])
assert suite.@name == 'playgent.tc_xyz789'
def names = suite.testcase*.@name*.toString()
assert names == ['Refund Request Flow › turn 1: I want a refund...',
                 'Refund Request Flow › turn 2: It\'s order #1234, the blender arrived damaged.',
                 'Refund Request Flow › turn 3: Can you also refund the shipping fee?']
assert suite.@tests == '3' : 'a run whose turns say everything has no run verdict testcase'
assert suite.@failures == '1' : 'one failing turn is one failure'
def turn3 = suite.testcase[2]
assert turn3.failure.@message.toString().startsWith("turn 3 failed (the service's verdict): faithfulness 0.31")
assert !turn3.failure.@message.toString().contains('\n')
assert turn3.failure.@type == 'com.playgent.junit.PlaygentTurnFailure'
assert turn3.failure.text().startsWith('com.playgent.junit.PlaygentTurnFailure: turn 3 failed')
assert turn3.failure.text().count('expected: ') == 1
assert turn3.'system-out'.size() == 0 : 'the block is written once, in the failure body'

assert suite.testcase[0].failure.size() == 0
assert suite.testcase[0].'system-out'.text().startsWith('turn 1 passed')
assert reports.listFiles().any { it.name ==~ /TEST-playgent\.tc_def123\.run_.+\.xml/ }

File playgent = new File(basedir, 'target/playgent')

// One session record for the goal, listing both units with the runs that reported them.
File[] sessions = new File(playgent, 'sessions').listFiles()
assert sessions.length == 1
def session = new JsonSlurper().parse(sessions[0])
assert session.schema == 1
assert session.producer == 'playgent-maven-plugin:run'
assert session.ended_at != null
assert session.mode == 'live'
assert session.base_url_host == url.replaceAll('^http://', '').replaceAll('/v1$', '')
assert session.selections.size() == 1
def selection = session.selections[0]
assert selection.test_class == null
assert selection.origin == 'playgent:run'
assert selection.test_case_ids == ['tc_xyz789', 'tc_def123']
assert selection.units*.label == ['tc_xyz789', 'tc_def123']
assert selection.units.every { it.outcome == 'reported' && it.obtained == 'live' && it.run_id.startsWith('run_') }
assert selection.units[0].turns == 3 && selection.units[0].passed == 2 && selection.units[0].failed == 1
assert selection.units*.run_id.every { new File(playgent, "runs/${it}.json").isFile() }

List<String> journal = new File(playgent, 'runs.jsonl').readLines('UTF-8')
assert journal.count { it.contains('"event":"created"') } == 2
assert journal.count { it.contains('"event":"finished"') } == 2
assert journal.findAll { it.contains('"event":"created"') }.every { it.contains('"base_url":"' + url + '"') }
assert new File(playgent, 'runs').listFiles().length == 2

// report, later in the same build, reads that session and nothing else.
def summary = new JsonSlurper().parse(new File(playgent, 'report/summary.json'))
assert summary.sessions.ids == [session.session_id]
assert summary.sessions.description == 'session of this build: ' + session.session_id
assert log.contains('Playgent report: session of this build: ' + session.session_id)
assert summary.runs == 2
assert summary.failing_turns*.name.contains('Refund Request Flow › turn 3: Can you also refund the shipping fee?')
return true
