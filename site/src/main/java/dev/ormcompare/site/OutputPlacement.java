package dev.ormcompare.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the output directory may not be: in, around or at a folder of sources (the docs, the catalog,
 * the project's {@code src/}), where writing the site and removing its old files would overwrite or
 * delete what a user wrote. Compared as the folders really are, symbolic links followed.
 */
public final class OutputPlacement {

    private OutputPlacement() {
    }

    /**
     * What is wrong with the output directory's place, e.g. {@code outputDirectory /p/src/site lies
     * inside the project's src/ folder, /p/src}; empty when it is a folder of its own. The caller adds
     * how to set it.
     */
    public static Optional<String> problem(RenderSettings settings) {
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("the docs source directory (sourceDirectory)", settings.sourceDirectory());
        sources.put("the catalog directory (catalogDirectory)", settings.catalogDirectory());
        sources.put("the project's src/ folder", settings.baseDirectory().resolve("src"));
        Path output = real(settings.outputDirectory());
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            Path folder = real(source.getValue());
            String relation = output.equals(folder) ? " is " : output.startsWith(folder) ? " lies inside "
                    : folder.startsWith(output) ? " contains " : null;
            if (relation != null) {
                return Optional.of("outputDirectory " + settings.outputDirectory() + relation + source.getKey()
                        + (relation.equals(" is ") ? "" : ", " + source.getValue()) + ": the render would overwrite and "
                        + "delete files there that it did not write");
            }
        }
        return Optional.empty();
    }

    /** The path with the links of its existing part resolved: the folder a write there would change. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute; // a link that leads nowhere: nothing can be written through it either
        }
    }
}
