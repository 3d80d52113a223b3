/** What the last render left: each page's inputs, hashes and problems, so a render converts only what changed. */
package dev.ormcompare.site.state;
