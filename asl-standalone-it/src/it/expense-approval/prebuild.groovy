// Writes the pom block that follows the "standalone-pom" marker in docs/testing.md, unchanged, as
// this project's pom.xml. The documented asl4j version must be the version being built.
def docs = new File(docsFile)
assert docs.isFile() : "no ${docsFile}"
def text = docs.getText('UTF-8').replace('\r\n', '\n')
def marker = text.indexOf('<!-- standalone-pom')
assert marker >= 0 : "${docsFile} has no <!-- standalone-pom --> marker before its pom block"
def open = text.indexOf('```xml\n', marker)
assert open >= 0 : "no ```xml block after the standalone-pom marker in ${docsFile}"
def close = text.indexOf('\n```', open + 7)
def pom = text.substring(open + 7, close + 1)
assert pom.contains("<asl4j.version>${asl4jVersion}</asl4j.version>") :
    "the pom in ${docsFile} does not use asl4j ${asl4jVersion}: update <asl4j.version> there"
new File(basedir, 'pom.xml').write(pom, 'UTF-8')
return true
