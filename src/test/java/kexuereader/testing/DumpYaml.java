package kexuereader.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kexuereader.model.Diagnostic;
import kexuereader.model.Dump;
import kexuereader.model.Entry;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Renders what the parser made of a dump as YAML, for golden files that a person can read and review. */
public final class DumpYaml {

    private DumpYaml() {
    }

    public static String render(Dump dump) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", dump.format() == null ? null : dump.format().letter());
        root.put("encoding", dump.encoding());
        root.put("rejected", dump.rejected());
        List<Object> diagnostics = new ArrayList<>();
        for (Diagnostic d : dump.diagnostics()) {
            diagnostics.add(d.severity().name().toLowerCase() + " " + d);
        }
        root.put("diagnostics", diagnostics);
        List<Object> entries = new ArrayList<>();
        for (Entry e : dump.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", e.line());
            m.put("title", e.title());
            m.put("date", e.date().display());
            m.put("readers", e.readers());
            m.put("excerpt_only", e.excerptOnly());
            m.put("paragraphs", new ArrayList<>(e.paragraphs()));
            entries.add(m);
        }
        root.put("entries", entries);
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(Integer.MAX_VALUE);
        o.setSplitLines(false);
        return new Yaml(o).dump(root);
    }
}
