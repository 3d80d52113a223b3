package dev.ormcompare.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The files the Apache Maven Build Cache Extension makes its key from, as far as its configuration file says:
 * the folders of {@code <input><global><includes>} (each with its glob, else the global one) and the module's own
 * source folders, which it always walks. A file a page reads outside them is no input of the key, so that a change
 * to it alone would restore an older site: {@link #uncovered} names such files.
 */
final class BuildCacheInputs {

    /** Where the extension reads its configuration, below the folder Maven was started from. */
    static final String CONFIG = ".mvn/maven-build-cache-config.xml";

    /** A folder of inputs and the file names it takes. */
    private record Folder(Path path, PathMatcher names) {
        boolean covers(Path file) {
            return file.startsWith(path) && (Files.isDirectory(file) || names.matches(file.getFileName()));
        }
    }

    private final List<Folder> folders;

    private BuildCacheInputs(List<Folder> folders) {
        this.folders = folders;
    }

    /**
     * The inputs {@code config} names for the module in {@code baseDirectory}, with its {@code sourceFolders}; none
     * when there is no such file, as then no build cache is set up.
     *
     * @throws IOException when the file is there but is no XML: the extension itself then stops the build
     */
    static Optional<BuildCacheInputs> read(Path config, Path baseDirectory, Collection<Path> sourceFolders)
            throws IOException {
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        Document document = parse(config);
        Element global = first(document.getDocumentElement(), "global");
        String globalGlob = global == null ? "" : text(first(global, "glob"));
        PathMatcher globalNames = matcher(globalGlob);
        List<Folder> folders = new ArrayList<>();
        sourceFolders.forEach(folder -> folders.add(new Folder(folder.toAbsolutePath().normalize(), globalNames)));
        if (global != null) {
            NodeList includes = global.getElementsByTagNameNS("*", "include");
            for (int i = 0; i < includes.getLength(); i++) {
                Element include = (Element) includes.item(i);
                String glob = include.getAttribute("glob");
                folders.add(new Folder(baseDirectory.resolve(text(include)).toAbsolutePath().normalize(),
                        glob.isBlank() ? globalNames : matcher(glob)));
            }
        }
        return Optional.of(new BuildCacheInputs(folders));
    }

    /** Those of {@code read} (files and folders that exist) that no folder of inputs covers, in their order. */
    List<Path> uncovered(Collection<Path> read) {
        List<Path> outside = new ArrayList<>();
        for (Path path : read) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.exists(absolute) && folders.stream().noneMatch(folder -> folder.covers(absolute))) {
                outside.add(absolute);
            }
        }
        return outside;
    }

    /** The extension's globs are Java's, matched against a file's name; {@code *} when none is given. */
    private static PathMatcher matcher(String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + (glob.isBlank() ? "*" : glob.strip()));
    }

    private static Document parse(Path config) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(config.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(config + " is no XML the build cache extension reads: " + e.getMessage(), e);
        }
    }

    private static Element first(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().strip();
    }
}
