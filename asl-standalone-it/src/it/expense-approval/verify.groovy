def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'the three tests did not all run and pass'
assert new File(basedir, 'pom.xml').text.contains('<artifactId>asl4j-bom</artifactId>')
return true
