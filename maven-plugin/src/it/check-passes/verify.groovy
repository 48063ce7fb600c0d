File xml = new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml')
assert xml.isFile()
def suite = new groovy.xml.XmlSlurper().parse(xml)
assert suite.@name == 'playgent-gates'
assert suite.@tests == '6'
assert suite.@failures == '0'
assert suite.testcase*.@name*.toString() == ['pass rate', 'faithfulness min', 'faithfulness mean', 'p95 latency',
    'total cost', 'failed runs']
assert suite.testcase.every { it.@classname == 'playgent.gates' }
assert suite.testcase.failure.size() == 0

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent check: no session of this build; session latest: 20260115T090000.000Z-9a55e5')
assert log.contains('Playgent report: no session of this build; session latest: 20260115T090000.000Z-9a55e5')
assert log.contains('Playgent quality gates passed (6 of 6) over 1 run')
assert log.contains('✓ pass rate 100.0% >= 95.0%')
assert log.contains('✓ total cost $0.0050 <= $2.0000')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/playgent/report/summary.md').getText('UTF-8')
    .startsWith('## ✅ Playgent: all 2 turns passed; quality gates passed')
return true
