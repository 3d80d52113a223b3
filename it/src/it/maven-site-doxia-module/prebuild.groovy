// The converter module's twin of this project: the same pom (already filtered by the invoker), but for the
// one dependency, building the same src/site into converter/target/site, without the reports.
def pom = new File(basedir, 'pom.xml').text
def ours = ~/(?s)<dependency>\s*<groupId>dev\.ormcompare<\/groupId>\s*<artifactId>ormcompare-doxia-module<\/artifactId>.*?<\/dependency>/
assert pom =~ ours
def converter = pom
        .replaceFirst(ours, java.util.regex.Matcher.quoteReplacement('''<dependency>
            <groupId>org.asciidoctor</groupId>
            <artifactId>asciidoctor-converter-doxia-module</artifactId>
            <version>${asciidoctor-doxia-module.version}</version>
          </dependency>
          <dependency>
            <groupId>dev.ormcompare</groupId>
            <artifactId>ormcompare-asciidoctorj</artifactId>
            <version>${ormcompare.version}</version>
          </dependency>'''))
        .replace('<artifactId>maven-site-doxia-module</artifactId>', '<artifactId>maven-site-doxia-module-converter</artifactId>')
        .replace('<configuration>', '<configuration>\n          <siteDirectory>${project.basedir}/../src/site</siteDirectory>')
        .replaceFirst(~/(?s)<reporting>.*<\/reporting>/, '<reporting><excludeDefaults>true</excludeDefaults></reporting>')
def dir = new File(basedir, 'converter')
dir.mkdirs()
new File(dir, 'pom.xml').text = converter
return true
