/** The site's navigation: from {@code nav.adoc} when there is one, else from the page tree; and its HTML. */
package dev.ormcompare.site.nav;
