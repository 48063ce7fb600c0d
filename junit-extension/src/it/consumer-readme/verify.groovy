// The README's dependency XML, pasted into a new project, builds and its Playgent tests pass.
def checks = evaluate(new File(itSources, 'consumer-checks.groovy'))
def tree = checks.assertConsumerBuild('it.ReadmeConsumerTest', 3)

// The project has no HTTP stack of its own, and Playgent adds none to the test class path.
assert !tree.any(checks.isHttpStack) : 'OkHttp, okio or Kotlin on the class path: ' + tree.findAll(checks.isHttpStack)*.line
// AssertJ's version comes from the Playgent BOM: the one this build tests PlaygentAssertions with.
assert tree*.coords.contains("org.assertj:assertj-core:jar:${assertjVersion}:test".toString())
println 'consumer-readme: OK'
return true
