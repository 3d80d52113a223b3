package dev.ormcompare.site.state;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over a sequence of values, so a change to any of them is noticed. */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Adds a text, length first, so that ("ab", "c") and ("a", "bc") differ. */
    public Fingerprint add(String text) {
        return addBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint addBytes(byte[] bytes) {
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** Adds a file's bytes as {@link #addBytes} would, read a block at a time: a site's resources may be large. */
    public Fingerprint addFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) ':');
            byte[] block = new byte[64 * 1024];
            for (int read = in.read(block); read >= 0; read = in.read(block)) {
                digest.update(block, 0, read);
            }
        }
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
