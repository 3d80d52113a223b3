package dev.ormcompare.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over the inputs of a page, so a change to any of them is noticed. */
final class Fingerprint {

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Fingerprint add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** Adds the file's name (as given) and content. */
    Fingerprint addFile(Path name, Path file) throws IOException {
        add(name.toString().replace('\\', '/'));
        digest.update(Files.readAllBytes(file));
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
