/** Files on disk: written through a temporary file so a killed build leaves none half-written; resources copied; orphans removed. */
package dev.ormcompare.site.publish;
