package dev.ormcompare.site.convert;

import dev.ormcompare.site.Problem;
import org.asciidoctor.log.Severity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link ForkedConverter} and {@link ConverterMain} talk over their {@link ConverterChannel}:
 * the settings once, then a page path per request and its {@link PageConverter.Result}
 * or a failure per answer. Strings go as UTF-8 with their length, so a page body has no size limit.
 */
final class ConversionWire {

    private static final byte DONE = 0;
    private static final byte FAILED = 1;

    private ConversionWire() {
    }

    static void writeSettings(DataOutputStream out, Map<String, Object> attributes, boolean standalone) throws IOException {
        out.writeInt(attributes.size());
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            writeString(out, attribute.getKey());
            writeString(out, String.valueOf(attribute.getValue()));
        }
        out.writeBoolean(standalone);
        out.flush();
    }

    /** The attributes; {@link #readStandalone} follows. */
    static Map<String, Object> readAttributes(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(readString(in), readString(in));
        }
        return attributes;
    }

    static boolean readStandalone(DataInputStream in) throws IOException {
        return in.readBoolean();
    }

    static void writeResult(DataOutputStream out, PageConverter.Result result) throws IOException {
        out.writeByte(DONE);
        byte[] page = result.page().toBytes();
        out.writeInt(page.length);
        out.write(page);
        out.writeInt(result.problems().size());
        for (Problem problem : result.problems()) {
            writeString(out, problem.severity().name());
            writeString(out, problem.file().toString());
            out.writeInt(problem.line());
            writeString(out, problem.message());
        }
        out.writeInt(result.inputs().files().size());
        for (Path file : result.inputs().files()) {
            writeString(out, file.toString());
        }
        out.writeBoolean(result.inputs().isVolatile());
        out.flush();
    }

    static void writeFailure(DataOutputStream out, String message) throws IOException {
        out.writeByte(FAILED);
        writeString(out, message);
        out.flush();
    }

    /** @throws ConversionFailed when the child could not convert the page */
    static PageConverter.Result readResult(DataInputStream in) throws IOException {
        if (in.readByte() == FAILED) {
            throw new ConversionFailed(readString(in));
        }
        byte[] page = new byte[in.readInt()];
        in.readFully(page);
        List<Problem> problems = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            problems.add(new Problem(Severity.valueOf(readString(in)), Path.of(readString(in)), in.readInt(),
                    readString(in)));
        }
        List<Path> files = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            files.add(Path.of(readString(in)));
        }
        return new PageConverter.Result(ConvertedPage.fromBytes(page), problems, new PageInputs(files, in.readBoolean()));
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Asciidoctor broke on a page in the child (not a mistake it could log); the child goes on. */
    static final class ConversionFailed extends RuntimeException {
        ConversionFailed(String message) {
            super(message);
        }
    }
}
