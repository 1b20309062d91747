package kexuereader.math;

import java.util.List;

/** One paragraph of an article body as segments in reading order. */
public record Paragraph(List<Segment> segments) {

    public Paragraph {
        segments = List.copyOf(segments);
    }
}
