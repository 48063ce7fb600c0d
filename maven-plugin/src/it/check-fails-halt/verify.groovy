import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').getText('UTF-8')
// No session started in this build: check and report say so and read the latest one.
assert log.contains('Playgent check: no session of this build; session latest: 20260115T090000.000Z-c4e11a')
// run_b1 turn 2 (faithfulness 0.86) misses the faithfulness >= 0.90 its session recorded: 3 of 5 turns pass.
String expected = 'Playgent quality gates failed (2 of 6): pass rate 60.0% < 95.0%; faithfulness mean 0.78 < 0.85'
assert log.contains(expected)
assert log.contains('BUILD FAILURE')
assert log.contains('✗ pass rate 60.0% < 95.0%')
assert log.contains('✓ p95 latency 2100 ms <= 3000 ms')

File xml = new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml')
assert xml.isFile()
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@tests == '6'
assert suite.@failures == '2'
def failed = suite.testcase.findAll { it.failure.size() > 0 }
assert failed*.@name*.toString() == ['pass rate', 'faithfulness mean']
assert failed[0].failure.@message == 'pass rate 60.0% < 95.0%'
assert failed[1].failure.@message == 'faithfulness mean 0.78 < 0.85'
return true
