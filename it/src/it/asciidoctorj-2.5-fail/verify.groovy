def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
assert log.contains('ormcompare needs AsciidoctorJ 3.0 or later, but this build runs AsciidoctorJ 2.5.')
assert log.contains('Use asciidoctor-maven-plugin 3.x (or add org.asciidoctor:asciidoctorj:3.0.1')
// refused at registration, before any page: not an AbstractMethodError half-way through
assert !log.contains('AbstractMethodError')
assert !new File(basedir, 'target/generated-docs/index.html').exists()
return true
