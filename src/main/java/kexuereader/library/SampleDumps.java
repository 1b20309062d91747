package kexuereader.library;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kexuereader.ingest.DumpParser;
import kexuereader.model.Dump;

/**
 * The sample dumps bundled with the application (the project's seeds), imported on first start so a new
 * user opens the reader onto real articles.
 */
public final class SampleDumps {

    static final String FOLDER = "kexuereader/library/sample/";

    private SampleDumps() {
    }

    /** The bundled dumps, parsed, in name order; empty when the build packaged none. */
    public static List<Dump> load() {
        List<Dump> dumps = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = SampleDumps.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
                if (in != null) {
                    dumps.add(DumpParser.parse(name, in.readAllBytes()));
                }
            } catch (IOException e) {
                // a damaged jar: import what can be read
            }
        }
        return dumps;
    }

    /** The file names of the bundled dumps, from the jar or the classes folder they were packaged into. */
    static List<String> names() {
        URL url = SampleDumps.class.getClassLoader().getResource(FOLDER);
        List<String> names = new ArrayList<>();
        try {
            if (url != null && "file".equals(url.getProtocol())) {
                try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                    s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(names::add);
                }
            } else {
                Path jar = Path.of(SampleDumps.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        String n = entries.nextElement().getName();
                        if (n.startsWith(FOLDER) && n.endsWith(".txt")) {
                            names.add(n.substring(FOLDER.length()));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }
}
