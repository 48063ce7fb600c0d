import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Build 1 blessed the runs of its own session: one run of two test cases, turn 2 of tc_it_refund failing.
File baselineFile = new File(basedir, 'src/test/playgent/baseline.json')
assert baselineFile.isFile()
String text = baselineFile.getText('UTF-8')
assert !text.contains('\r') && text.endsWith('}\n')
def baseline = new JsonSlurper().parseText(text)
assert baseline.schema == 1
assert baseline.sessions.size() == 1
assert baseline.run_ids.size() == 1
assert baseline.test_cases*.id == ['tc_it_orders', 'tc_it_refund']
def refund2 = baseline.test_cases[1].turns[1]
assert refund2.turn == 2 && refund2.runs == 1 && refund2.passed == 0 && refund2.pass_rate == 0
assert baseline.test_cases[0].turns[1].scorer_means.faithfulness == 0.9
assert baseline.total.cost_usd == 0.004
assert baseline.total.p95_latency_ms == 600
assert baseline.suites*.name == ['playgent:run']

// Build 2, the same world: every regression gate passes, each its own testcase.
def second = new XmlSlurper().parse(new File(basedir, 'target/second-build/TEST-playgent-gates.xml'))
def secondNames = second.testcase*.@name*.text()
assert secondNames == ['failed runs', 'baseline: no new failing turns', 'baseline: scorer means within 0.05',
                       'baseline: cost within +20%', 'baseline: p95 latency within +20%']
assert second.testcase.every { it.failure.size() == 0 }
def secondSummary = new JsonSlurper().parse(new File(basedir, 'target/second-build/report/summary.json'))
assert secondSummary.baseline.new_failures == []
assert secondSummary.baseline.still_failing*.turn == [2]
assert secondSummary.baseline.run_ids == baseline.run_ids
assert secondSummary.baseline.total.cost_usd.change == 0

// Build 3, the changed world: the new failure fails check, naming the turn, the scorer and the way out.
def third = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-playgent-gates.xml'))
def newFailures = third.testcase.find { it.@name == 'baseline: no new failing turns' }
assert newFailures.failure.size() == 1
String message = newFailures.failure.@message.text()
assert message.contains('1 new failing turn that passed in the baseline')
assert message.contains('Order Status (tc_it_orders) turn 2: passed 1 of 1 in the baseline, now 0 of 1; faithfulness 0.90 → 0.30')
assert message.contains('re-bless with mvn playgent:baseline if the change is intended')
def scores = third.testcase.find { it.@name == 'baseline: scorer means within 0.05' }
assert scores.failure.@message.text().contains('faithfulness of tc_it_orders 0.91 → 0.61 (-0.30; worst turn 2: 0.90 → 0.30)')
assert third.testcase.find { it.@name == 'baseline: cost within +20%' }.failure.size() == 0
assert third.testcase.find { it.@name == 'baseline: p95 latency within +20%' }.failure.size() == 0
def summary = new JsonSlurper().parse(new File(basedir, 'target/playgent/report/summary.json'))
assert summary.baseline.new_failures*.test_case_id == ['tc_it_orders']
assert summary.baseline.new_failures[0].baseline.pass_rate == 1
assert summary.baseline.new_failures[0].now.pass_rate == 0
assert summary.baseline.regressed == true
String md = new File(basedir, 'target/playgent/report/summary.md').getText('UTF-8')
assert md.contains('### Compared with the baseline')
assert md.contains('**❌ New failures (passed in the baseline)**: Order Status (tc_it_orders) turn 2 (1/1 → 0/1)')
String html = new File(basedir, 'target/playgent/report/index.html').getText('UTF-8')
assert html.contains('id="baseline"') && html.contains('1 new failure')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent quality gates failed (2 of 5): 1 new failing turn that passed in the baseline')
assert log.contains('quality gates failed (2 of 5)') && log.contains('Playgent: 2 of 4 turns failed; quality gates failed (2 of 5)')
assert log.contains('BUILD FAILURE')
// The baseline was blessed once, in build 1, never rewritten by a later build.
assert baselineFile.getText('UTF-8') == text
return true
