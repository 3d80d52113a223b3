/**
 * The site engine: renders a tree of AsciiDoc pages to a documentation site, incrementally and
 * exactly, with no type of any build tool, so that a Maven goal, a Gradle task or a command line can
 * drive it. Entry points: {@link dev.ormcompare.site.SiteRenderer} (a render, given
 * {@link dev.ormcompare.site.RenderSettings} and a {@link dev.ormcompare.site.BuildLog}),
 * {@link dev.ormcompare.site.SiteCheck} (every page read, nothing written) and
 * {@link dev.ormcompare.site.preview.Preview} (a live preview). A render runs the stages below in order:
 * {@code content} (which files are pages), {@code state} (what changed since the last render),
 * {@code convert} (Asciidoctor, in this JVM or forked ones), {@code nav}, {@code compose} (the page shell,
 * links, theme), {@code search}, {@code publish} (files on disk); {@code internal} holds what several
 * stages share. Only the entry points, settings and what they return are meant for callers.
 */
package dev.ormcompare.site;
