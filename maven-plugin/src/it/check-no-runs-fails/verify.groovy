String log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /No recorded Playgent runs in .*check-no-runs-fails.target.playgent: the quality gates \(minPassRate 0\.95\) have nothing to judge\. Run the tests with the Playgent JUnit extension, or playgent:run, before playgent:check; or set playgent\.allowNoRuns=true to let a build without runs pass\./
assert log.contains('BUILD FAILURE')
return true
