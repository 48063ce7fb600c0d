String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Playgent check: no session')
assert log =~ /No Playgent session in .*check-no-runs-fails.target.playgent.sessions: the quality gates \(minPassRate 0\.95\) have nothing to judge\. Run the tests with the Playgent JUnit extension, or playgent:run, before playgent:check; or set playgent\.allow-no-runs=true to let a build without runs pass\./
assert log.contains('BUILD FAILURE')
return true
