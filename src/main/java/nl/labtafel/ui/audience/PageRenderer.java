package nl.labtafel.ui.audience;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import java.nio.IntBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;

/** Draws audience pages into PNG files with the projector's own {@link PageView}; files are written off the FX thread. */
public final class PageRenderer {

    private PageRenderer() {
    }

    /** Writes {@code dir/page-1.png}, {@code page-2.png}, …; returns them. Not on the FX thread. */
    public static List<Path> render(Session session, AudienceLayout.Request request, Messages messages, Path dir)
            throws IOException {
        Headless.start();
        CompletableFuture<List<BufferedImage>> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                drawn.complete(draw(session, request, messages));
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        });
        List<BufferedImage> images;
        try {
            images = drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("drawing the audience view failed", e.getCause());
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Path file = dir.resolve("page-" + (i + 1) + ".png");
            if (!ImageIO.write(images.get(i), "png", file.toFile())) {
                throw new IOException("no PNG writer");
            }
            files.add(file);
        }
        return files;
    }

    /** The pages as pictures. FX thread. */
    public static List<BufferedImage> draw(Session session, AudienceLayout.Request request, Messages messages) {
        FxTextMeasure measure = new FxTextMeasure();
        List<Page> pages = new AudienceLayout(measure, messages).pages(session, request);
        List<BufferedImage> images = new ArrayList<>();
        for (Page page : pages) {
            images.add(toBuffered(snapshot(page, measure)));
        }
        return images;
    }

    /** Plain ARGB copy (javafx-swing's SwingFXUtils is not in the app: one small loop instead of a module). */
    static BufferedImage toBuffered(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** One page drawn in a scene of its own size (FX thread). */
    public static WritableImage snapshot(Page page, FxTextMeasure measure) {
        PageView view = new PageView(measure);
        view.show(page);
        Scene scene = new Scene(new Group(view), page.width(), page.height());
        view.applyCss();
        view.layout();
        WritableImage image = new WritableImage((int) page.width(), (int) page.height());
        return scene.snapshot(image);
    }
}
