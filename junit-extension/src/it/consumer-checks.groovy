// What the consumer-* builds check, once: each verify.groovy runs
//   def checks = evaluate(new File(itSources, 'consumer-checks.groovy'))
// and calls these closures. itSources, readme and assertjVersion come from the invoker configuration.
import groovy.xml.XmlSlurper

// The README's "Adding it to an existing project" XML block, line by line.
def readmeXml = { File readmeFile ->
  def sections = readmeFile.getText('UTF-8').split(/(?m)^## /)
  def section = sections.find { it.startsWith('Adding it to an existing project') }
  assert section : "${readmeFile} has no '## Adding it to an existing project' section"
  def block = section =~ /(?s)```xml\n(.*?)```/
  assert block.find() : "${readmeFile}: no ```xml block under 'Adding it to an existing project'"
  block.group(1).readLines()
}

def unindented = { List<String> lines -> lines.collect { it.replaceFirst(/^\s+/, '') } }

// One node of `dependency:tree -Dverbose`: its coordinates and those of the nodes above it.
def treeNodes = { File treeFile ->
  assert treeFile.isFile() : "no dependency tree at ${treeFile}"
  def nodes = []
  def path = []
  treeFile.readLines('UTF-8').findAll { it.trim() }.drop(1).each { line ->
    def start = line.findIndexOf { Character.isLetterOrDigit(it as char) || it == '(' }
    int depth = start.intdiv(3)
    def coords = line.substring(start).replaceFirst(/^\(/, '').split(/[ )]/)[0]
    path = path.take(depth - 1) + [coords]
    nodes << [coords: coords, above: path.take(depth - 1), line: line.trim()]
  }
  nodes
}

def httpStack = ~/^(com\.squareup\.okhttp3|com\.squareup\.okio|org\.jetbrains\.kotlin|org\.jetbrains):.*/

// The POM holds the README block verbatim but for each line's leading white space.
def assertPomHasReadmeXml = {
  def wanted = unindented(readmeXml(new File(readme)))
  def lines = unindented(new File(basedir, 'pom.xml').readLines('UTF-8'))
  assert Collections.indexOfSubList(lines, wanted) >= 0 :
      "${basedir.name}/pom.xml no longer holds the XML of README.md's 'Adding it to an existing project' " +
      "word for word: paste the README's block into src/it/${basedir.name}/pom.xml again (or fix the README).\n" +
      "The README's block:\n" + wanted.join('\n')
}

// The named test class ran, with at least `minTests` tests, and every one passed.
def assertAllPassed = { String testClass, int minTests ->
  def xmlFile = new File(basedir, "target/surefire-reports/TEST-${testClass}.xml")
  assert xmlFile.isFile() : "no Surefire report at ${xmlFile}"
  def suite = new XmlSlurper().parse(xmlFile)
  int tests = suite.@tests.text() as int
  println "${testClass}: " + suite.testcase.collect { it.@name.text() }
  assert tests >= minTests : "${testClass} ran ${tests} tests, expected at least ${minTests}"
  assert [suite.@failures, suite.@errors, suite.@skipped].collect { it.text() as int } == [0, 0, 0] :
      "${testClass}: failures ${suite.@failures}, errors ${suite.@errors}, skipped ${suite.@skipped}"
}

[
  // What every consumer build must show: the README's XML in its POM, `testClass` run and passed, and
  // no OkHttp, okio, Kotlin or JetBrains artifact in its tree because of a Playgent artifact.
  // Returns the tree's nodes.
  assertConsumerBuild: { String testClass, int minTests ->
    assertPomHasReadmeXml()
    assertAllPassed(testClass, minTests)
    def treeFile = new File(basedir, 'target/dependency-tree.txt')
    def nodes = treeNodes(treeFile)
    println treeFile.text
    def fromPlaygent = nodes.findAll { node ->
      node.coords ==~ httpStack && node.above.any { it.startsWith('com.playgent:') }
    }
    assert fromPlaygent.isEmpty() : "Playgent brings its HTTP stack: " + fromPlaygent*.line
    nodes
  },

  // Whether a node is an OkHttp, okio, Kotlin or JetBrains artifact.
  isHttpStack: { node -> node.coords ==~ httpStack },
]
