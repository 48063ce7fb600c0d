import groovy.json.JsonSlurper

def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def sessionsOf = { String dir -> new File(basedir, dir + '/sessions').listFiles().collect { new JsonSlurper().parse(it) } }

// Each shard's sessions name their shard, and together the shards ran each unit once.
List<String> shardUnits = []
(1..3).each { i ->
  def sessions = sessionsOf("shards/$i/playgent")
  assert !sessions.isEmpty()
  assert sessions.every { it.shard == "$i/3" }
  List<String> units = sessions.collectMany { s -> s.selections.collectMany { sel -> sel.units.collect { sel.unique_id + ' › ' + it.label + (it.repeat != null ? " (repeat ${it.repeat})" : '') } } }
  assert !units.isEmpty() : "shard $i/3 reported no unit: the sample's units do not spread over three shards"
  shardUnits.addAll(units)
}
def unshardedSessions = sessionsOf('unsharded/playgent')
assert unshardedSessions.every { it.shard == null }
List<String> unshardedUnits = unshardedSessions.collectMany { s -> s.selections.collectMany { sel -> sel.units.collect { sel.unique_id + ' › ' + it.label + (it.repeat != null ? " (repeat ${it.repeat})" : '') } } }
assert shardUnits.sort() == unshardedUnits.sort()
assert shardUnits.size() == shardUnits.unique(false).size()

// The merged report is the unsharded one: counts, status, test cases, failing turns, scorers, cost, gates.
def one = json('unsharded/report/summary.json')
def merged = json('merged/report/summary.json')
assert one.runs > 0
['status', 'runs', 'failed_runs', 'test_cases', 'turns'].each { k -> assert merged[k] == one[k] : k }
assert merged.cost_usd.total == one.cost_usd.total
def cases = { s -> s.test_case_results.collect { [it.id, it.runs, it.turns, it.passed, it.failed, it.known_failing, it.status] }.sort { it.toString() } }
assert cases(merged) == cases(one)
assert merged.failing_turns*.name.sort() == one.failing_turns*.name.sort()
assert merged.known_failing_turns*.name.sort() == one.known_failing_turns*.name.sort()
assert merged.scorers.collect { [it.name, it.count, it.mean, it.min, it.max] }.sort { it[0] } ==
    one.scorers.collect { [it.name, it.count, it.mean, it.min, it.max] }.sort { it[0] }
assert merged.sessions.ids.size() == 3
assert merged.sessions.description.startsWith('3 inputs merged (playgent.inputs): ')
assert merged.inputs*.shards == [['1/3'], ['2/3'], ['3/3']]
assert merged.shards.present == ['1/3', '2/3', '3/3'] && merged.shards.missing == []
assert one.inputs == null

def gates = { String path ->
  def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, path))
  xml.testcase.collect { [it.@name.text(), it.failure.size()] }.sort { it[0] }
}
assert gates('merged/gates.xml') == gates('unsharded/gates.xml')
assert !gates('merged/gates.xml').isEmpty()

// Shard 2/3 missing from check's inputs: the check fails, naming it. Shard 2/3 twice: the merge fails, naming it.
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Shard 2/3 is missing from playgent.inputs (the sessions read declare 3 shards)')
assert !new File(basedir, 'missing/gates.xml').exists()
assert log.contains('Shard 2/3 is merged twice: from ')
assert log.contains('shards/2-again/playgent (shard 2/3, session ')
assert log.contains('reported by two inputs, so a merged count would count them twice')
assert !new File(basedir, 'duplicated/report/summary.json').exists()
// A shard job's own check judged nothing: its gates are skipped, the merge judges them.
(1..3).each { i ->
  def shardGates = new groovy.xml.XmlSlurper().parse(new File(basedir, "shards/$i/gates.xml"))
  assert shardGates.@tests.text() == shardGates.@skipped.text() : "shard $i/3's check judged gates"
  assert shardGates.@failures.text() == '0'
}
def buildLog = new File(basedir, 'build.log').getText('UTF-8')
assert buildLog.contains('ran as shard 1/3 (playgent.shard): the quality gates')

return true
