/** The site's search index: entries taken from each converted page, written as one file the search box loads. */
package dev.ormcompare.site.search;
