/** A converted page put into the site's page: the shell, the navigation, links checked between pages, the theme's files. */
package dev.ormcompare.site.compose;
