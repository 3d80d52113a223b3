/** Helpers several stages share; not for callers of the engine. */
package dev.ormcompare.site.internal;
