package nl.labtafel.room;

import io.nayuki.qrcodegen.QrCode;

/** The modules of the QR code for the room URL (qrcodegen, error correction M: readable off a projector). */
public final class QrMatrix {

    private QrMatrix() {
    }

    /** {@code [y][x]}, true = dark; empty for an empty text. */
    public static boolean[][] of(String text) {
        if (text == null || text.isEmpty()) {
            return new boolean[0][0];
        }
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        boolean[][] modules = new boolean[qr.size][qr.size];
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                modules[y][x] = qr.getModule(x, y);
            }
        }
        return modules;
    }
}
