package org.secureaccess.keycloak.history;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

/** The "This wasn't me" link in a security email: valid for ten days, once. */
public class NotMeActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "secure-access-not-me";
    /** The account client: the link works whichever application the person signed in to. */
    static final String CLIENT_ID = "account";

    public NotMeActionToken(String userId, String email, int absoluteExpirationInSecs) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        setEmail(email);
        this.issuedFor = CLIENT_ID;
    }

    private NotMeActionToken() {
        // for JSON deserialisation
    }
}
