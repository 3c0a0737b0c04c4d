package nl.labtafel.ui.inventory;

import nl.labtafel.AppPaths;
import nl.labtafel.model.ActorGroup;
import nl.labtafel.model.LocalizedText;
import nl.labtafel.model.Session;
import nl.labtafel.text.Messages;
import nl.labtafel.ui.common.BackgroundTasks;
import nl.labtafel.ui.common.SessionContext;

/** A small session with the template's first three actor groups, for board tests. */
public final class BoardTestSessions {

    private BoardTestSessions() {
    }

    public static Session threeGroups() {
        Session session = new Session();
        session.getActorGroups().add(new ActorGroup("inwoners", new LocalizedText("Inwoners", "Residents"), "#E69F00", "1",
                "mdi2h-home-account"));
        session.getActorGroups().add(new ActorGroup("arbeidsmigranten", new LocalizedText("Arbeidsmigranten",
                "Labour migrants"), "#56B4E9", "2", "mdi2a-account-hard-hat"));
        session.getActorGroups().add(new ActorGroup("gemeente", new LocalizedText("Gemeente", "Municipality"), "#D55E00",
                "6", "mdi2b-bank"));
        return session;
    }

    public static SessionContext context(Session session) {
        return new SessionContext(session, null, Messages.forLanguage("nl"), new BackgroundTasks(), AppPaths.detect());
    }
}
