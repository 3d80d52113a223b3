def log = new File(basedir, 'build.log').text

assert log.contains('BUILD FAILURE')
// the setting, what is wrong with it, and the fix
def source = new File(basedir, 'src/docs/asciidoc').path
assert log.contains("outputDirectory ${source} is the docs source directory (sourceDirectory): the render would overwrite "
        + 'and delete files there that it did not write; set <outputDirectory> (or -Dormcompare.outputDirectory) to a '
        + 'folder of its own, outside the sources, such as ${project.build.directory}/site (the default)')
// a user mistake, not a crash: no stack trace
assert !log.contains('at dev.ormcompare')
assert !log.contains('Exception:')

// nothing written, nothing deleted
def files = []
new File(basedir, 'src').eachFileRecurse { if (it.isFile()) files << it.path.substring(basedir.path.length() + 1) }
assert files.sort() == ['src/docs/asciidoc/images/logo.png', 'src/docs/asciidoc/index.adoc']
assert new File(basedir, 'src/docs/asciidoc/images/logo.png').text == 'the logo'
assert !new File(basedir, 'target/ormcompare').exists()
return true
