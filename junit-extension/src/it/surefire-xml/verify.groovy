// Reads the Surefire report a real `mvn test` wrote and checks what CI servers will show.
import groovy.xml.XmlSlurper

def reports = new File(basedir, 'target/surefire-reports')
def xmlFile = new File(reports, 'TEST-it.AgentTurnsTest.xml')
assert xmlFile.isFile() : "no Surefire report at ${xmlFile}"

// Parsing proves the XML is well-formed even with <, &, ]]>, emoji and control characters in outputs.
def suite = new XmlSlurper().parse(xmlFile)
def cases = suite.testcase.collect { it }
def names = cases.collect { it.@name.text() }
println "testcases: " + names

assert names.contains('Refund Flow › turn 1: I want a refund for order #1234')
assert names.contains('Refund Flow › turn 2: It arrived broken. What is your policy?')
assert names.contains('Refund Flow › turn 3: OK, please go ahead')
assert names.contains('Refund Flow › run verdict')
assert names.contains('Hostile <Output> & Co › turn 1: Show me <b>bold</b> & "quotes" ]]> here')
assert names.contains('Escalation Flow › run verdict')
assert names.size() == names.toSet().size() : "duplicate testcase names: ${names}"
cases.each { assert it.@classname.text() == 'it.AgentTurnsTest' }

def byName = { String n -> cases.find { it.@name.text() == n } }

def turn1 = byName('Refund Flow › turn 1: I want a refund for order #1234')
assert turn1.failure.size() == 0 && turn1.error.size() == 0
assert turn1.'system-out'.text().contains('turn 1 passed: faithfulness 0.88, answer_relevancy 0.92')

def turn2 = byName('Refund Flow › turn 2: It arrived broken. What is your policy?')
def failure = turn2.failure
assert failure.size() == 1
assert failure.@type.text() == 'com.playgent.junit.PlaygentTurnFailure'
assert failure.@message.text().startsWith('turn 2 failed: faithfulness 0.31, answer_relevancy 0.71')
assert failure.@message.text().contains('Cited a policy that does not exist')
assert !failure.text().contains('\tat ') : 'the failure body must carry no stack frames'
assert turn2.'system-out'.text().contains('faithfulness')
assert turn2.'system-out'.text().contains('Cited a policy that does not exist')

def broken = byName('Escalation Flow › run verdict')
assert broken.error.size() == 1 : 'a failed run is an <error>, not a <failure>'
assert broken.error.@message.text().contains('agent_unreachable: Agent endpoint timed out after 3 retries')

def hostile = byName('Hostile <Output> & Co › turn 1: Show me <b>bold</b> & "quotes" ]]> here')
def hostileMessage = hostile.failure.@message.text()
assert hostileMessage.contains('<script>alert(1)</script> & ]]> done 🎉 bell\\u0007')
assert hostile.'system-out'.text().contains(']]>')
assert hostile.'system-out'.text().contains('😀')

// The API key reaches the tests through the environment and must not be written anywhere.
def leaks = []
new File(basedir, 'target').eachFileRecurse { f ->
  if (f.isFile() && f.text.contains('it-secret-key-0123456789')) leaks << f
}
assert leaks.isEmpty() : "API key found in ${leaks}"
def log = new File(basedir, 'build.log').text
assert !log.contains('it-secret-key-0123456789')
assert log.contains('Tests run: 7, Failures: 4, Errors: 1')
println 'surefire-xml: OK'
return true
