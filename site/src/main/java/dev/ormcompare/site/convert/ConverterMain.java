package dev.ormcompare.site.convert;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The main class of a converter JVM started by {@link ForkedConverter}: reads the settings, then
 * converts each page it is sent with one Asciidoctor, until its input ends.
 */
public final class ConverterMain {

    private ConverterMain() {
    }

    public static void main(String[] args) throws IOException {
        // Standard output carries the answers; anything else printed goes to standard error.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        try (PageConverter converter = new PageConverter(ConversionWire.readAttributes(in),
                ConversionWire.readStandalone(in))) {
            while (true) {
                String page;
                try {
                    page = ConversionWire.readString(in);
                } catch (EOFException e) {
                    return; // the build is done with this converter
                }
                PageConverter.Result result;
                try {
                    result = converter.convert(Path.of(page));
                } catch (RuntimeException e) {
                    ConversionWire.writeFailure(out, String.valueOf(e.getMessage()));
                    continue;
                }
                ConversionWire.writeResult(out, result);
            }
        }
    }
}
