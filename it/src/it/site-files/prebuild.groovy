// The docs in a repository of their own, committed at a fixed date: the sitemap's lastmod comes from git's history.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=Acme', '-c', 'user.email=docs@acme.example.org', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    process.environment().putAll(['GIT_AUTHOR_DATE': '2026-11-30T12:00:00Z', 'GIT_COMMITTER_DATE': '2026-11-30T12:00:00Z'])
    def started = process.start()
    def output = started.inputStream.text
    assert started.waitFor() == 0: "git ${args.join(' ')}: ${output}"
}
git('init', '-q')
git('add', 'pom.xml', 'src')
git('commit', '-q', '-m', 'Docs')
// Changed since: no date for it, rather than a wrong one.
new File(basedir, 'src/docs/asciidoc/legal/privacy.adoc') << '\nUpdated.\n'
return true
