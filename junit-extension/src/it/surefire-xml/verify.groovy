// Reads the Surefire report a real `mvn test` wrote and checks what CI servers and viewers will show.
import groovy.xml.XmlSlurper

def reports = new File(basedir, 'target/surefire-reports')
def xmlFile = new File(reports, 'TEST-it.AgentTurnsTest.xml')
assert xmlFile.isFile() : "no Surefire report at ${xmlFile}"
def raw = xmlFile.getText('UTF-8')

// Parsing proves the XML is well-formed even with <, &, ]]>, emoji and control characters in outputs.
def suite = new XmlSlurper().parse(xmlFile)
def cases = suite.testcase.collect { it }
def names = cases.collect { it.@name.text() }
println "testcases: " + names

assert names.contains('Refund Flow › turn 1: I want a refund for order #1234')
assert names.contains('Refund Flow › turn 2: It arrived broken. What is your policy?')
assert names.contains('Refund Flow › turn 3: OK, please go ahead')
assert names.contains('Hostile <Output> & Co › turn 1: Show me <b>bold</b> & "quotes" ]]> here')
assert names.contains('Escalation Flow › run verdict') : 'a run that failed on the service keeps a test of its own'
assert names.findAll { it.endsWith('› run verdict') } == ['Escalation Flow › run verdict'] :
    'a run whose turns say everything has no run verdict test'
assert names.size() == names.toSet().size() : "duplicate testcase names: ${names}"
cases.each { assert it.@classname.text() == 'it.AgentTurnsTest' }

def byName = { String n -> cases.find { it.@name.text() == n } }
def output = { c -> c.'system-out'.text() + c.'system-err'.text() }
def problems = { c -> c.failure.collect { it } + c.error.collect { it } }

// Names sort in turn order in viewers that sort by name: a 12-turn run has zero-padded numbers.
def longNames = names.findAll { it.startsWith('Long Flow › turn ') }
assert longNames.size() == 12
assert longNames == longNames.toSorted() : "turn names do not sort in turn order: ${longNames}"
assert longNames[0] == 'Long Flow › turn 01 of 12: step 1 of the long flow'
assert longNames[11] == 'Long Flow › turn 12 of 12: step 12 of the long flow'

// One failing turn is one failure: the suite counts exactly the failing turns.
def failingTurns = cases.findAll { it.failure.size() == 1 }.collect { it.@name.text() }
assert failingTurns == ['Refund Flow › turn 2: It arrived broken. What is your policy?',
                        'Hostile <Output> & Co › turn 1: Show me <b>bold</b> & "quotes" ]]> here',
                        'Long Flow › turn 05 of 12: step 5 of the long flow',
                        'Long Flow › turn 11 of 12: step 11 of the long flow'].toSorted { a -> names.indexOf(a) }
assert suite.@failures.text() == '4' && suite.@errors.text() == '1' && suite.@tests.text() == '17'

// Every message attribute is one line: not even an encoded line break in the file.
cases.each { c -> problems(c).each { p -> assert !p.@message.text().contains('\n') : "multi-line message on ${c.@name}" } }
assert !(raw =~ /message="[^"]*&#10;/) : 'a message attribute carries &#10;'

// The block once per failing turn: in the <failure> body, not again in <system-out>; passing turns keep theirs.
cases.each { c ->
  def block = problems(c).collect { it.text() }.join('') + output(c)
  if (c.failure.size() == 1) {
    assert block.count('  expected: ') == 1 : "the block of ${c.@name} is not there exactly once"
    assert block.count('  scorers (') == 1
    assert c.'system-out'.text().isEmpty() : "${c.@name} repeats its block in <system-out>"
    assert !c.failure.text().contains('\tat ') : 'the failure body must carry no stack frames'
  } else if (c.@name.text().contains('› turn ')) {
    assert c.'system-out'.text().count('  scorers (') == 1 : "passing turn ${c.@name} lost its block"
  }
}

def turn1 = byName('Refund Flow › turn 1: I want a refund for order #1234')
assert turn1.'system-out'.text().startsWith('turn 1 passed: answer_relevancy 0.92, faithfulness 0.88\n')

def turn2 = byName('Refund Flow › turn 2: It arrived broken. What is your policy?')
assert turn2.failure.@type.text() == 'com.playgent.junit.PlaygentTurnFailure'
assert turn2.failure.@message.text() == "turn 2 failed (the service's verdict): faithfulness 0.31, answer_relevancy 0.71"
assert turn2.failure.text().startsWith('com.playgent.junit.PlaygentTurnFailure: turn 2 failed')
assert turn2.failure.text().contains('Cited a policy that does not exist')

// The failing scorer comes first with its rule and reason; a lower-is-better scorer fails above its maximum.
def long5 = byName('Long Flow › turn 05 of 12: step 5 of the long flow')
assert long5.failure.@message.text() == 'turn 5 failed: ✗ faithfulness 0.31 < 0.50 — Invented a warranty that does not exist;' +
    ' answer_relevancy 0.90, ✓ toxicity 0.02'
def long11 = byName('Long Flow › turn 11 of 12: step 11 of the long flow')
assert long11.failure.@message.text() == 'turn 11 failed a client-side threshold: ✗ toxicity 0.45 > 0.20 — Curt and dismissive;' +
    ' answer_relevancy 0.90, ✓ faithfulness 0.80'
assert long11.failure.text().contains('scorers (✗ failed, ✓ passed, · no verdict of its own):')

def broken = byName('Escalation Flow › run verdict')
assert broken.error.size() == 1 : 'a failed run is an <error>, not a <failure>'
assert broken.error.@message.text().contains('agent_unreachable: Agent endpoint timed out after 3 retries')

def hostile = byName('Hostile <Output> & Co › turn 1: Show me <b>bold</b> & "quotes" ]]> here')
assert hostile.failure.text().contains('<script>alert(1)</script> & ]]> done 🎉 bell\\u0007')
assert hostile.failure.text().contains('😀')

// The session's own lines reach the console, never a testcase: no progress line, no retry notice, no run summary.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /playgent: \d+\/\d+ runs completed/ : 'no progress line on the console'
assert log.contains('playgent: retrying GET /v1/runs/') : 'no retry notice on the console (the world answers 429 twice)'
assert log.contains('playgent: Long Flow (tc_long) · run run_')
cases.each { c ->
  def text = output(c) + problems(c).collect { it.text() }.join('')
  assert !(text =~ /runs completed/) : "a progress line inside ${c.@name}"
  assert !text.contains('retrying ') && !text.contains('HttpTransport') : "a retry notice inside ${c.@name}"
  assert !text.contains('playgent: ') : "a session line inside ${c.@name}"
}

// The API key reaches the tests through the environment and must not be written anywhere.
def leaks = []
new File(basedir, 'target').eachFileRecurse { f ->
  if (f.isFile() && f.text.contains('it-secret-key-0123456789')) leaks << f
}
assert leaks.isEmpty() : "API key found in ${leaks}"
assert !log.contains('it-secret-key-0123456789')
assert log.contains('Tests run: 17, Failures: 4, Errors: 1')
println 'surefire-xml: OK'
return true
