// The build failed (invoker.properties); it must have failed for the right reason.
def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/flows/broken.asl.json:4:')
assert log.contains('[MISSING_TRANSITION_TARGET] /States/A/Next')
// the JSONata syntax check runs in the plugin too (the interpreter is not on its class path)
assert log.contains('src/main/resources/flows/bad-jsonata.asl.json:5:')
assert log.contains('[INVALID_JSONATA] /States/Compute/Output')
assert log.contains('2 state machine definition(s) have errors')
def sarif = new File(basedir, 'target/asl.sarif').text
assert sarif.contains('"ruleId" : "MISSING_TRANSITION_TARGET"')
assert sarif.contains('"uri" : "src/main/resources/flows/broken.asl.json"')
return true
