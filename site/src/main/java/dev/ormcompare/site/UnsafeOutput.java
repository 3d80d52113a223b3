package dev.ormcompare.site;

import java.io.IOException;

/**
 * A render refused to write where it could lose a file that is not its own: the output directory is in
 * or around a source folder, or a file the render would replace is not one it can prove it wrote. A
 * user's setting or file is in the way, not a fault of the render: the message says which, and the fix.
 */
public final class UnsafeOutput extends IOException {

    public UnsafeOutput(String message) {
        super(message);
    }
}
