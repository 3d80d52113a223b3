def log = new File(basedir, 'build.log').text

assert log.contains('Rendering 1 Doxia document: 1 asciidoc')
assert log.contains('BUILD FAILURE')
assert log =~ /ormcompare-doxia-module cannot run in this build: it needs maven-site-plugin 3\.21\.0 or later and Java 17 or later, and this build runs maven-site-plugin 3\.12\.1 on Maven 3\.\d+\.\d+ and Java \d+[^;]*; /
assert log.contains("; set maven-site-plugin's <version> to 3.21.0 or later (Maven 3 takes an older one when the pom names none) and run Maven with Java 17 or later (java.lang.NoSuchMethodError: ")
// a message, not Maven's dump of an API incompatibility
assert !log.contains('An API incompatibility was encountered')
assert !log.contains('at dev.ormcompare')
// no page: Doxia 1 opens the page's file before parsing it, and leaves it empty
def index = new File(basedir, 'target/site/index.html')
assert !index.exists() || index.length() == 0
return true
