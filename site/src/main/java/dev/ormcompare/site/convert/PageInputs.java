package dev.ormcompare.site.convert;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What converting one page read: the page, its includes at any depth (also those that were
 * missing, so that creating one renders the page again), docinfo files, a custom stylesheet, the
 * catalog files and snippet sources its macros used. {@code isVolatile} when the page read something
 * that cannot be checked later (a URL, a broken catalog): such a page is rendered on every build.
 *
 * @param files absolute, normalised and sorted
 */
public record PageInputs(List<Path> files, boolean isVolatile) {

    public PageInputs(Collection<Path> files, boolean isVolatile) {
        this(List.copyOf(new TreeSet<>(files)), isVolatile);
    }
}
