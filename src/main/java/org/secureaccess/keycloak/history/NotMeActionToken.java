package org.secureaccess.keycloak.history;

import org.keycloak.authentication.actiontoken.DefaultActionToken;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The "This wasn't me" link in a security email: single use, bound to the person's email, valid for the
 * listener's {@code not-me-link-days}. It carries the moment the reported activity began, so that the second
 * factors added since can be removed.
 */
public class NotMeActionToken extends DefaultActionToken {

    public static final String TOKEN_TYPE = "secure-access-not-me";
    /** The account client: the link works whichever application the person signed in to. */
    static final String CLIENT_ID = "account";

    /** Epoch milliseconds: second factors created at or after it are removed. */
    @JsonProperty("sa_since")
    private Long reportedSince;

    public NotMeActionToken(String userId, String email, int absoluteExpirationInSecs, long reportedSince) {
        super(userId, TOKEN_TYPE, absoluteExpirationInSecs, null);
        setEmail(email);
        this.issuedFor = CLIENT_ID;
        this.reportedSince = reportedSince;
    }

    private NotMeActionToken() {
        // for JSON deserialisation
    }

    /**
     * When the reported activity began. A token without it (issued before this claim existed) reaches back to
     * the token's own issue time minus its lifetime at most, i.e. it removes nothing older than the email.
     */
    public long getReportedSince() {
        if (reportedSince != null) {
            return reportedSince;
        }
        return getIat() == null ? Long.MAX_VALUE : getIat() * 1000L;
    }
}
