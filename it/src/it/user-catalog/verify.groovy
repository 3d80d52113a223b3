import org.jsoup.Jsoup

def index = Jsoup.parse(new File(basedir, 'target/site/index.html'), 'UTF-8')

assert index.select('#ormcompare-apply [role=tab]').eachText() == ['Hibernate ORM', 'Prisma', 'Django ORM']
// the tagged region of the compiled source, outdented, without its tag lines
assert index.selectFirst('#ormcompare-apply-hibernate pre code').wholeText() ==
        'MigrationRunner runner = new MigrationRunner("classpath:db/migration");\n' +
        'int applied = runner.migrate();\n' +
        'System.out.println("Applied " + applied + " migration(s)");'
assert index.selectFirst('#ormcompare-apply-hibernate code').attr('data-lang') == 'java'
// the team's snippet replaced the built-in one; the others are built in
assert index.selectFirst('#ormcompare-apply-prisma pre').text() == '$ npx prisma migrate deploy'
assert index.selectFirst('#ormcompare-apply-django pre').text().startsWith('$ python manage.py migrate')
assert new File(basedir, 'target/classes/com/example/Migrations.class').isFile()

// the coverage matrix: marks, the short note, and links to the tabs on the page
// a topic per row, an ORM per column
assert index.select('.ormcompare-matrix thead th').eachText() == ['Topic', 'Hibernate ORM', 'Prisma', 'Django ORM']
def rows = index.select('.ormcompare-matrix tbody tr')
assert rows.collect { it.selectFirst('th').text() } == ['Generate Migration', 'Apply Migration', 'Rollback Migration', 'Migration Status']
assert rows[1].select('td').eachText() == ['\u2713', '\u2713', '\u2713']
assert rows[2].select('td').eachText() == ['No built-in rollback', 'No built-in rollback', '\u2713']
assert index.select('.ormcompare-matrix td a').eachAttr('href') == ['#ormcompare-apply-hibernate', '#ormcompare-apply-prisma', '#ormcompare-apply-django']

def log = new File(basedir, 'build.log').text
assert log =~ /ormcompare catalog: \d+ ORMs x \d+ topics/
// a topic per row: the team's Hibernate has its own apply and the built-in Java catalog's declared rollback
assert log =~ /\[INFO\] apply\s.*x/
assert log.contains('apply x hibernate: hibernate.adoc:10')
assert log.contains('apply x prisma: hibernate.adoc:23')
assert log.contains('BUILD SUCCESS') && !log.contains('[ERROR]')
return true
