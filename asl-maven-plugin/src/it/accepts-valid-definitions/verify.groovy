def log = new File(basedir, 'build.log').text
assert log.contains('asl: 2 files checked: all valid; 0 errors')
return true
