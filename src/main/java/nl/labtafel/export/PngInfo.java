package nl.labtafel.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import nl.labtafel.model.Problem;

/**
 * The board picture: checked to be a PNG and measured from its header, without decoding it (and without
 * loading the AWT image classes for that).
 */
record PngInfo(byte[] bytes, int width, int height) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    static PngInfo read(Path file) throws ExportException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file) || Files.size(file) > MAX_BYTES) {
                throw new ExportException(file, new Problem("", "exportProblem.board.notPng"), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExportException(file, new Problem("", "exportProblem.board.notFound"), e);
        } catch (AccessDeniedException e) {
            throw new ExportException(file, new Problem("", "load.denied"), e);
        } catch (IOException e) {
            throw new ExportException(file, new Problem("", "load.failed", String.valueOf(e.getMessage())), e);
        }
        // Signature, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
        if (bytes.length < 24 || !startsWithSignature(bytes) || bytes[12] != 'I' || bytes[13] != 'H'
                || bytes[14] != 'D' || bytes[15] != 'R') {
            throw new ExportException(file, new Problem("", "exportProblem.board.notPng"), null);
        }
        int width = readInt(bytes, 16);
        int height = readInt(bytes, 20);
        if (width <= 0 || height <= 0) {
            throw new ExportException(file, new Problem("", "exportProblem.board.notPng"), null);
        }
        return new PngInfo(bytes, width, height);
    }

    /**
     * A picture drawn for the minutes, as PNG bytes. Light compression (deflate level 1): the pages are flat colour
     * and text, so the file is hardly larger than at the default, and a 1,000-note session's pages encode in a
     * fraction of the time (measured: the encoding was nine tenths of the pictures' cost).
     */
    static PngInfo encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f); // the JDK's writer: level (1 - quality) * 9, so 1
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new PngInfo(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }

    private static boolean startsWithSignature(byte[] bytes) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
