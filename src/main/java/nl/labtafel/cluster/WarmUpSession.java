package nl.labtafel.cluster;

import java.util.List;
import java.util.Random;
import nl.labtafel.model.Note;
import nl.labtafel.model.Session;

/**
 * Made-up sessions for {@link ThemeSuggester#warmUp()}: one small (SVD path) and one large (k-means path), mixed
 * Dutch and English, so that class loading and the JIT have run every path before the facilitator's first click.
 */
final class WarmUpSession {
    private static final List<String> DUTCH = List.of("Taalcafé in de bibliotheek", "Taalcoach voor nieuwkomers",
            "Huisvesting en controle op overbewoning", "Handhaving bij overlast in de wijk", "Buurthuis koffieochtend",
            "Moestuin achter de flat", "Speeltuin is verouderd", "Vrijwilligers rijden naar het ziekenhuis",
            "Sportclub zoekt trainers", "Contributie te hoog voor gezinnen", "Informatieavond voor omwonenden",
            "Kamerverhuur zonder vergunning", "Wijkteam signaleert eenzaamheid", "Zwerfafval opruimen met bewoners");
    private static final List<String> ENGLISH = List.of("Language café at the library", "Coaching for newcomers",
            "Lunch club at the church hall", "Volunteer drivers to the hospital", "Club fees too high for families",
            "Skate park too far from the estate");

    private WarmUpSession() {
    }

    static Session of(int notes) {
        Random random = new Random(notes);
        Session session = new Session();
        session.getHeader().setTitle("Warm-up LAB");
        for (int i = 0; i < notes; i++) {
            List<String> pool = i % 8 == 7 ? ENGLISH : DUTCH;
            String text = pool.get(random.nextInt(pool.size())) + " " + pool.get(random.nextInt(pool.size()));
            session.getNotes().add(new Note("w-" + i, text, null));
        }
        return session;
    }
}
