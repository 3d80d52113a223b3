import org.jsoup.Jsoup

def log = new File(basedir, 'build.log').text

assert log.contains('BUILD SUCCESS')
// what the converter JVM printed is in Maven's log as it printed it: the JVM's note on standard error,
// its GC log on standard output
assert log.contains('[WARNING] converter JVM: Picked up JAVA_TOOL_OPTIONS: -verbose:gc')
assert log =~ /\[INFO\] converter JVM: \[[0-9.]+s\]\[info\]\[gc\] Using \w+/
assert log.contains('ormcompare: 1 page rendered, 0 up to date, no errors or warnings')

def index = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')
assert index.select('#ormcompare-apply [role=tab]').eachText() == ['Django ORM', 'Prisma']
return true
