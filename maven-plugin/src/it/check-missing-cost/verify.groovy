String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent check: no session of this build; session latest: 20260115T090000.000Z-c0571e')
assert log.contains('Playgent quality gates failed (1 of 1): total cost unknown, limit $2.0000: cost unknown for 1 turn '
    + 'in 1 run (no metrics.cost_usd and no summary.total_cost_usd); the known part is $0.0050, and a cost budget '
    + 'needs every cost')
assert log.contains('BUILD FAILURE')
def suite = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml'))
assert suite.testcase.size() == 1
assert suite.testcase[0].@name == 'total cost'
assert suite.testcase[0].failure.@message.toString().startsWith('total cost unknown')
return true
