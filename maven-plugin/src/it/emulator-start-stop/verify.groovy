String log = new File(basedir, 'build.log').getText('UTF-8')
def started = (log =~ /Playgent emulator started at (http:\/\/127\.0\.0\.1:(\d+)\/v1) \(world .*world\.yaml\)/)
assert started.find()
String url = started.group(1)
int port = started.group(2) as int
assert port > 0
assert log.contains('playgent.base-url = ' + url + ' (project, user and system property: Surefire and Failsafe pass it to the tests)')
assert log.contains('Starting 1 Playgent run on ' + url + ' (mode live, timeout 30s per run)')
// A key was given: no placeholder.
assert !log.contains('placeholder key')
assert log.contains('Playgent: 1 of 1 turns passed in 1 run')
// check judges the session run wrote in this build.
assert log =~ /Playgent check: session of this build: \d{8}T\d{6}\.\d{3}Z-[0-9a-f]{6}/
assert log.contains('Playgent quality gates passed (2 of 2) over 1 run')
assert log.contains('Playgent emulator at ' + url + ' stopped')
assert !log.contains('it-secret-key-4711')
assert log.contains('BUILD SUCCESS')

// The run went to the emulator through the published property: the journal says where.
String journal = new File(basedir, 'target/playgent/runs.jsonl').getText('UTF-8')
assert journal.contains('"base_url":"' + url + '"')
assert journal.contains('"tags":["it-smoke"]')
assert journal.contains('"origin":"playgent-maven-plugin:run"')

// emulator-stop closed the port.
try {
  new Socket('127.0.0.1', port).close()
  assert false : "the emulator still listens on port ${port}"
} catch (ConnectException expected) {
}
return true
