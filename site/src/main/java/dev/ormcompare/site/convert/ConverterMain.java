package dev.ormcompare.site.convert;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;

/**
 * The main class of a converter JVM started by {@link ForkedConverter}: connects to the build as
 * its standard input says ({@link ConverterChannel}), reads the settings, then converts each page it
 * is sent with one Asciidoctor, until the build ends the connection. Its standard output and error
 * are the build's log, never the wire.
 */
public final class ConverterMain {

    private ConverterMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Socket socket = ConverterChannel.connect(System.in)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
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
}
