// Spring Boot's parent with the README's XML: the Playgent tests pass on the versions Boot manages
// (Jackson 2.19 among them), and Boot's Kotlin management cannot reach Playgent's shaded HTTP stack.
def checks = evaluate(new File(itSources, 'consumer-checks.groovy'))
def tree = checks.assertConsumerBuild('it.SpringBootConsumerTest', 2)

assert !tree.any(checks.isHttpStack) : 'OkHttp, okio or Kotlin on the class path: ' + tree.findAll(checks.isHttpStack)*.line
println 'Jackson: ' + tree*.coords.findAll { it.startsWith('com.fasterxml.jackson.core:jackson-databind:') }
println 'JUnit: ' + tree*.coords.findAll { it.startsWith('org.junit.jupiter:junit-jupiter-api:') }.unique()
println 'consumer-spring-boot: OK'
return true
