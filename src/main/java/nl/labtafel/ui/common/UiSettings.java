package nl.labtafel.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Executor;
import nl.labtafel.io.AtomicFiles;
import nl.labtafel.io.FileProblemException;
import nl.labtafel.text.Language;
import nl.labtafel.ui.look.Look;

/**
 * The facilitator's own settings (interface language, theme, text scale), kept between runs in a small
 * properties file ({@code ~/.labtafel/settings.properties}). Read once at start (a few bytes; Java's
 * Preferences would load an XML parser, a measurable share of cold start); each change is written on
 * the background executor, atomically. A missing or unreadable file simply gives the defaults.
 */
public final class UiSettings {
    public static final double MIN_SCALE = 0.6;
    public static final double MAX_SCALE = 2.0;
    public static final double SCALE_STEP = 0.1;

    private final Path file;
    private final Executor writer;
    private final Properties values = new Properties();

    public UiSettings(Path file, Executor writer) {
        this.file = file;
        this.writer = writer;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            // No settings yet: the first run, nothing to report (it wrote a stack trace into every first run's log).
        } catch (IOException | IllegalArgumentException e) {
            // A damaged or unreadable file: the defaults are right, and the log says why they were used.
            System.getLogger(UiSettings.class.getName()).log(System.Logger.Level.INFO, "settings not read: " + file, e);
        }
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".labtafel", "settings.properties");
    }

    /** Dutch unless the settings file says "en". */
    public Language language() {
        return Language.of(values.getProperty("language"));
    }

    public void setLanguage(Language language) {
        put("language", language.code());
    }

    public Look theme() {
        return Look.parse(values.getProperty("theme", Look.LIGHT.name()));
    }

    public void setTheme(Look theme) {
        put("theme", theme.name());
    }

    public double textScale() {
        try {
            return clampScale(Double.parseDouble(values.getProperty("textScale", "1.0")));
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    public void setTextScale(double scale) {
        put("textScale", String.valueOf(clampScale(scale)));
    }

    /** The organiser's name, written as author of exported documents; empty keeps the template's author. */
    public String organiser() {
        return values.getProperty("organiser", "");
    }

    public void setOrganiser(String name) {
        if (!organiser().equals(name)) {
            put("organiser", name);
        }
    }

    private void put(String key, String value) {
        values.setProperty(key, value);
        StringWriter text = new StringWriter();
        try {
            values.store(text, "Labtafel settings");
        } catch (IOException e) {
            throw new IllegalStateException("writing to a StringWriter cannot fail", e);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        writer.execute(() -> {
            try {
                Files.createDirectories(file.getParent());
                AtomicFiles.write(file, bytes, false);
            } catch (IOException | FileProblemException e) {
                // A setting that cannot be kept still applies for this run; nothing else depends on it.
                System.getLogger(UiSettings.class.getName()).log(System.Logger.Level.WARNING,
                        "settings not kept: " + file, e);
            }
        });
    }

    /** Scales move in steps of 10 %, so the generated stylesheets stay few and sizes stay whole. */
    public static double clampScale(double scale) {
        double stepped = Math.round(scale / SCALE_STEP) * SCALE_STEP;
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.round(stepped * 10) / 10.0));
    }
}
