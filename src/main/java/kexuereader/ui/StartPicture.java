package kexuereader.ui;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import kexuereader.library.SafeFileWriter;

/**
 * The first frame of the next start as a picture ({@code <library>.start-picture}), drawn from the start snapshot
 * when the window closes: the next start shows it, untouched, in the window's first frame, so that frame costs
 * what a bare window's does, not a hundred texts' styles and layout. It belongs to one start snapshot (its key)
 * and to one scene size and screen scale; the start draws the frame from the snapshot's texts when any differs.
 *
 * @param sceneWidth  the scene's width it was drawn for
 * @param sceneHeight the scene's height it was drawn for
 * @param scale       the screen's output scale it was drawn at: pixels per scene unit
 * @param reading     where the reading pane stands in the scene, for the first article before the window
 * @param key         the start snapshot it was drawn from ({@link StartSnapshot#key})
 * @param pixels      the picture, premultiplied ARGB, row by row, {@code width} pixels a row
 */
record StartPicture(double sceneWidth, double sceneHeight, double scale, Rectangle2D reading, long key,
                    int width, int height, int[] pixels) {

    private static final int MAGIC = 0x4b585031; // "KXP1"
    /** A 4K screen at scale 2 and more: anything bigger is no window's picture (nor worth the memory). */
    private static final long MAX_PIXELS = 4096L * 4096L;

    /** The picture's file for the library at {@code library}. */
    static Path file(Path library) {
        Path absolute = library.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".start-picture");
    }

    /** Whether it was drawn for a scene of this size at this scale, from the snapshot with this key. */
    boolean fits(double width, double height, double outputScale, long snapshotKey) {
        return key == snapshotKey && fitsScene(width, height, outputScale);
    }

    /** Whether it was drawn for a scene of this size at this scale. */
    boolean fitsScene(double width, double height, double outputScale) {
        return Math.abs(sceneWidth - width) < 0.5 && Math.abs(sceneHeight - height) < 0.5
                && Math.abs(scale - outputScale) < 0.01;
    }

    /** What it was drawn for, without its pixels: for a frame that keeps only that once the image has them. */
    StartPicture withoutPixels() {
        return new StartPicture(sceneWidth, sceneHeight, scale, reading, key, 0, 0, new int[0]);
    }

    /** The picture as an image the scene can show, at its scale (call it on the FX thread). */
    WritableImage image() {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0,
                width);
        return image;
    }

    /**
     * Draws {@code frame} in a scene of its own, of the given size and scale, styled as the start styles it
     * (the first frame's stylesheet and theme), on the FX thread.
     */
    static StartPicture draw(FirstFrame frame, Settings.Theme theme, double width, double height, double scale,
                             long key) {
        Scene scene = new Scene(frame.root(), width, height);
        scene.setUserAgentStylesheet(ThemeStyles.FIRST_FRAME_CSS);
        ThemeStyles.markRoot(theme, scene);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        params.setViewport(new Rectangle2D(0, 0, width * scale, height * scale));
        WritableImage image = frame.root().snapshot(params, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        Bounds r = frame.readingBounds();
        return new StartPicture(width, height, scale,
                new Rectangle2D(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()), key, w, h, pixels);
    }

    /** Writes the picture beside the library, whole or not at all; a picture that cannot be written is removed. */
    void write(Path library) {
        try {
            SafeFileWriter.writeBytes(file(library), library, raw -> {
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16));
                out.writeInt(MAGIC);
                out.writeDouble(sceneWidth);
                out.writeDouble(sceneHeight);
                out.writeDouble(scale);
                out.writeDouble(reading.getMinX());
                out.writeDouble(reading.getMinY());
                out.writeDouble(reading.getWidth());
                out.writeDouble(reading.getHeight());
                out.writeLong(key);
                out.writeInt(width);
                out.writeInt(height);
                ByteBuffer bytes = ByteBuffer.allocate(pixels.length * 4).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asIntBuffer().put(pixels);
                ByteArrayOutputStream packed = new ByteArrayOutputStream(pixels.length / 8);
                // the fastest level: a window's picture is mostly flat colour, and the start inflates it
                try (DeflaterOutputStream z = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_SPEED),
                        1 << 16)) {
                    z.write(bytes.array());
                }
                out.writeInt(packed.size());
                packed.writeTo(out);
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            remove(library);
        }
    }

    /** The picture beside {@code library}, when there is a whole one; empty otherwise. */
    static Optional<StartPicture> read(Path library) {
        Path file = file(library);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC) {
                return Optional.empty();
            }
            double sceneWidth = in.readDouble();
            double sceneHeight = in.readDouble();
            double scale = in.readDouble();
            Rectangle2D reading = new Rectangle2D(in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readDouble());
            long key = in.readLong();
            int width = in.readInt();
            int height = in.readInt();
            int packed = in.readInt();
            if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS || packed <= 0
                    || packed > Files.size(file) || !(scale > 0) || !(sceneWidth > 0) || !(sceneHeight > 0)) {
                return Optional.empty();
            }
            byte[] bytes = new byte[width * height * 4];
            try (InflaterInputStream z = new InflaterInputStream(in, new java.util.zip.Inflater(), 1 << 16)) {
                if (z.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                    return Optional.empty();
                }
            }
            int[] pixels = new int[width * height];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pixels);
            return Optional.of(new StartPicture(sceneWidth, sceneHeight, scale, reading, key, width, height,
                    pixels));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged picture is no picture: the frame is drawn from the texts
        }
    }

    /** Removes the picture: the next start draws its frame from the texts. */
    static void remove(Path library) {
        StartSnapshot.delete(file(library)); // one left behind is checked by its key all the same
    }
}
