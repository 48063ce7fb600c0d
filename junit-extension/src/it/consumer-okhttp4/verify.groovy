// OkHttp 4 in the project and Playgent in the same test JVM: both work, and the only OkHttp, okio
// and Kotlin on the class path are the project's own.
def checks = evaluate(new File(itSources, 'consumer-checks.groovy'))
def tree = checks.assertConsumerBuild('it.OkHttp4AlongsidePlaygentTest', 3) // its own test and two turns

def projectsOkHttp = 'com.squareup.okhttp3:okhttp:jar:4.12.0:compile'
def stack = tree.findAll(checks.isHttpStack)
assert stack*.coords.contains(projectsOkHttp)
stack.findAll { it.coords != projectsOkHttp }.each { node ->
  assert node.above.contains(projectsOkHttp) : "not from the project's OkHttp 4: ${node.line}"
}
assert !stack.any { it.coords.startsWith('com.squareup.okhttp3:okhttp-jvm:') } : 'OkHttp 5 on the class path'
println 'consumer-okhttp4: OK'
return true
