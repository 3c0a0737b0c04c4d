import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;

/**
 * Draws the Labtafel icon with JavaFX and writes it as PNG (Linux, window icon), ICO (Windows) and
 * ICNS (macOS). The picture: the LAB table seen from above, four post-it notes in actor-group
 * colours, each with two written lines. Every size is rendered from the shapes, not scaled from one
 * bitmap, so the small sizes stay sharp.
 *
 * <p>labtafel.png is also the window icon: copy it to src/main/resources/nl/labtafel/ui/labtafel-icon.png.
 *
 * <p>Run from the project folder (needs a display, e.g. xvfb-run -a): {@code mvn -Picon validate}. The
 * profile adds javafx-swing, which only this tool uses, so the app's jar and runtime image do without it.
 */
public final class IconRenderer {
    static final int BASE = 1024;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            try {
                Map<Integer, byte[]> png = new LinkedHashMap<>();
                for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
                    png.put(size, render(size));
                }
                Files.write(out.resolve("labtafel.png"), png.get(256));
                Files.write(out.resolve("labtafel.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
                Files.write(out.resolve("labtafel.icns"), icns(png));
            } catch (IOException e) {
                e.printStackTrace();
                System.exit(1);
            }
            Platform.exit();
        });
    }

    static Group drawing() {
        Rectangle table = new Rectangle(64, 64, 896, 896);
        table.setArcWidth(400);
        table.setArcHeight(400);
        table.setFill(new LinearGradient(0, 0, 0, 1, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#2f81f7")), new Stop(1, Color.web("#0550ae"))));
        Group g = new Group(table);
        note(g, 196, 196, -6, "#ffd33d", 168, 142);
        note(g, 538, 196, 4, "#ff8fb1", 176, 126);
        note(g, 196, 538, 3, "#7ee2a8", 178, 128);
        note(g, 538, 538, -3, "#ffffff", 178, 106);
        return g;
    }

    /** One post-it of 290 px, turned a little about its centre, with two lines of "writing". */
    static void note(Group g, double x, double y, double angle, String colour, double line1, double line2) {
        Rectangle paper = new Rectangle(x, y, 290, 290);
        paper.setArcWidth(44);
        paper.setArcHeight(44);
        paper.setFill(Color.web(colour));
        paper.setEffect(new DropShadow(28, 0, 14, Color.web("#001b44", 0.35)));
        Group note = new Group(paper, writing(x + 56, y + 108, line1), writing(x + 56, y + 172, line2));
        note.setRotate(angle);
        g.getChildren().add(note);
    }

    static Line writing(double x, double y, double length) {
        Line line = new Line(x, y, x + length, y);
        line.setStroke(Color.web("#1f2328", 0.55));
        line.setStrokeWidth(26);
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        return line;
    }

    static byte[] render(int size) throws IOException {
        Group root = new Group(drawing());
        root.getTransforms().add(new Scale(size / (double) BASE, size / (double) BASE));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, size, size));
        BufferedImage image = SwingFXUtils.fromFXImage(new Group(root).snapshot(params, null), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO with PNG-compressed entries (Windows Vista and later read these). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** ICNS with PNG entries: ic07 128, ic08 256, ic09 512, ic10 1024 (macOS 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            byte[] data = png.get(t.getValue());
            out.writeBytes(t.getKey());
            out.writeInt(8 + data.length);
            out.write(data);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream head = new DataOutputStream(file);
        head.writeBytes("icns");
        head.writeInt(8 + body.size());
        head.write(body.toByteArray());
        return file.toByteArray();
    }
}
