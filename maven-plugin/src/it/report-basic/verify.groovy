import groovy.json.JsonSlurper

File report = new File(basedir, 'target/playgent/report')
File html = new File(report, 'index.html')
File md = new File(report, 'summary.md')
File json = new File(report, 'summary.json')
assert html.isFile() && md.isFile() && json.isFile()

def s = new JsonSlurper().parse(json)
assert s.schema == 'playgent-summary/2'
assert s.sessions.ids == ['20260115T090000.000Z-4e9b0c']
assert s.sessions.description == 'no session of this build; session latest: 20260115T090000.000Z-4e9b0c'
assert s.skipped_units == []
assert s.status == 'failed'
assert s.runs == 3
assert s.failed_runs == 0
assert s.test_cases == 3
assert s.turns.total == 6
assert s.turns.passed == 4
assert s.turns.failed == 2
assert Math.abs(s.turns.pass_rate - 0.666667) < 1e-6
assert s.cost_usd.known == false
assert s.cost_usd.total == null
assert s.cost_usd.turns_missing_cost == 1
assert s.latency_ms.p50 == 1240
assert s.latency_ms.p95 == 3400
assert s.scorers*.name == ['relevance', 'faithfulness']
assert s.failing_turns*.run_id.sort() == ['run_a1', 'run_c1']
assert s.gates == null

String page = html.getText('UTF-8')
assert page.contains('Content-Security-Policy')
assert page.count('<svg class="chart"') == 5
assert !page.contains('<script>alert')
assert page.contains('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;')
assert page.contains('href="https://api.playgent.com/v1/traces/trace_a1_1"')

String summary = md.getText('UTF-8')
assert summary.startsWith('## ❌ Playgent: 2 of 6 turns failed\n\nRead no session of this build; session latest: '
    + '20260115T090000.000Z-4e9b0c.\n')
assert summary.contains('| 3 | 3 | 4 | 2 | 0 | 66.7% | unknown | 1240 / 3400 / 3400 ms |')
assert summary.contains('<details><summary>❌ Refund Request Flow › turn 2: It\'s order 1234, bought 45 days ago')

String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent report: no session of this build; session latest: 20260115T090000.000Z-4e9b0c')
assert log.contains('2 of 6 turns failed (3 runs, 3 test cases)')
assert log.contains('Playgent report: ') && log.contains('index.html')
return true
