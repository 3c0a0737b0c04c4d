package nl.labtafel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every visible text exists in Dutch and in English; a key missing in either language fails here. */
class BundleKeysTest {

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties nl = load("/nl/labtafel/messages.properties");
        Properties en = load("/nl/labtafel/messages_en.properties");
        Set<String> onlyDutch = new TreeSet<>(nl.stringPropertyNames());
        onlyDutch.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(nl.stringPropertyNames());
        assertEquals(Set.of(), onlyDutch, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages.properties");
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String bundle : new String[] {"/nl/labtafel/messages.properties", "/nl/labtafel/messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                assertFalse(p.getProperty(key).isBlank(), bundle + " has an empty text for " + key);
            }
        }
    }

    /** Bundles merge as a union (.gitattributes): a key added twice would silently let the last text win. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : new String[] {"/nl/labtafel/messages.properties", "/nl/labtafel/messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = BundleKeysTest.class.getResourceAsStream(bundle)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\\R")) {
                    String trimmed = line.strip();
                    int eq = trimmed.indexOf('=');
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || eq < 0 || line.startsWith(" ")) {
                        continue;
                    }
                    String key = trimmed.substring(0, eq).strip();
                    if (!seen.add(key)) {
                        twice.add(key);
                    }
                }
            }
            assertEquals(Set.of(), twice, bundle + " defines these keys more than once");
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
