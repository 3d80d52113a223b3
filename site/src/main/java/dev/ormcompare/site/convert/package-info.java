/**
 * Converting pages with Asciidoctor: in this JVM ({@link dev.ormcompare.site.convert.PageConverter}) or in
 * JVMs of their own ({@link dev.ormcompare.site.convert.ForkedConverter}, its wire and main class), with
 * what each page read recorded, so that the state can tell when it must be converted again.
 */
package dev.ormcompare.site.convert;
