package dev.ormcompare.maven;

import dev.ormcompare.catalog.Catalog;
import dev.ormcompare.catalog.CatalogException;
import dev.ormcompare.catalog.CatalogFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Prints the effective catalog (the built-in one with {@code catalogDirectory} read over it) as a
 * table: one row per ORM, one column per topic, marking which snippets exist and which carry a note.
 */
@Mojo(name = "catalog", requiresProject = false, threadSafe = true)
public class CatalogMojo extends AbstractOrmCompareMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip()) {
            getLog().info("ormcompare:catalog skipped");
            return;
        }
        Catalog catalog;
        try {
            catalog = CatalogFiles.load(catalogDirectory().toPath());
        } catch (CatalogException e) {
            throw new MojoFailureException("the catalog in " + catalogDirectory() + " has a mistake at " + e.getMessage()
                    + "; fix the file, or point <catalogDirectory> (-Dormcompare.catalogDirectory) elsewhere", e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the catalog directory " + catalogDirectory() + ": "
                    + e.getMessage(), e);
        }
        for (String line : CatalogTable.lines(catalog)) {
            getLog().info(line);
        }
    }
}
