/**
 * The site's navigation: from {@code nav.adoc} when there is one, else from the books' includes and the
 * page tree; its labels, breadcrumbs and HTML; and which converted files are a book's chapters, not pages.
 */
package dev.ormcompare.site.nav;
