// One output of 20 MB (20,971,520 characters, more than Jackson's default cap of 20,000,000):
// read, reported, cut where people read it, and kept whole in the run file.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def length = 20_971_520
def xmlFile = new File(basedir, 'target/surefire-reports/TEST-it.HugeOutputTest.xml')
assert xmlFile.isFile() : "no Surefire report at ${xmlFile}"
assert xmlFile.length() < 1_000_000 : "${xmlFile.name} is ${xmlFile.length()} bytes"

def runFiles = new File(basedir, 'target/playgent/runs').listFiles()
assert runFiles != null && runFiles.size() == 1 : "expected one run file, found ${runFiles}"
def runId = runFiles[0].name - '.json'
def run = new JsonSlurper().parse(runFiles[0])
assert run.turns[0].output[0].content.length() == length : 'the run file keeps the whole output'

def cut = '… (' + String.format(Locale.ROOT, '%,d', length - 4000) + " more characters, full text in runs/${runId}.json)"
def suite = new XmlSlurper().parse(xmlFile)
def turn = suite.testcase.find { it.@name.text() == 'Long Answer › turn 1: Tell me everything' }
assert turn.size() == 1 : "no turn testcase among ${suite.testcase.collect { it.@name.text() }}"
assert !turn.'system-out'.text().contains(cut) : 'a failing turn carries its block once, in the failure body'
assert turn.failure.size() == 1
assert turn.failure.text().contains(cut)
assert turn.failure.@message.text() == "turn 1 failed (the service's verdict): answer_relevancy 0.20"

def log = new File(basedir, 'build.log')
assert log.length() < 1_000_000 : "build.log is ${log.length()} bytes"
assert log.text.contains(cut)
assert log.text.contains('Tests run: 1, Failures: 1, Errors: 0') : 'one failing turn is one failure'
println "huge-output: OK (${xmlFile.name}: ${xmlFile.length()} bytes, run file: ${runFiles[0].length()} bytes)"
return true
