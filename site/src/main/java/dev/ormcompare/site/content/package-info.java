/** Which files of the source directory are pages, which are resources, which are neither (partials, patterns). */
package dev.ormcompare.site.content;
