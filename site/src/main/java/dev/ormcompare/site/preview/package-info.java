/** The live preview: renders on every save, serves the site, and tells open pages to reload or show what is wrong. */
package dev.ormcompare.site.preview;
