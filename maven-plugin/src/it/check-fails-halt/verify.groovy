String log = new File(basedir, 'build.log').getText('UTF-8')
String expected = 'Playgent quality gates failed (2 of 6): pass rate 80.0% < 95.0%; faithfulness mean 0.78 < 0.85'
assert log.contains(expected)
assert log.contains('BUILD FAILURE')
assert log.contains('✗ pass rate 80.0% < 95.0%')
assert log.contains('✓ p95 latency 2100 ms <= 3000 ms')

File xml = new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml')
assert xml.isFile()
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@tests == '6'
assert suite.@failures == '2'
def failed = suite.testcase.findAll { it.failure.size() > 0 }
assert failed*.@name*.toString() == ['pass rate', 'faithfulness mean']
assert failed[0].failure.@message == 'pass rate 80.0% < 95.0%'
assert failed[1].failure.@message == 'faithfulness mean 0.78 < 0.85'
return true
