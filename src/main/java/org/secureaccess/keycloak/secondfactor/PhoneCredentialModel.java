package org.secureaccess.keycloak.secondfactor;

import java.io.IOException;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;

/**
 * A verified mobile number that receives security codes. The number is stored in the credential
 * data (it is needed to send texts); the label people see is the masked number.
 */
public class PhoneCredentialModel extends CredentialModel {

    public static final String TYPE = "secure-access-phone";
    private static final String PHONE_NUMBER = "phoneNumber";

    private final String phoneNumber;

    private PhoneCredentialModel(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** A new credential for a number already checked and verified, in E.164 form. */
    public static PhoneCredentialModel create(String e164) {
        PhoneCredentialModel model = new PhoneCredentialModel(e164);
        model.setType(TYPE);
        model.setCreatedDate(Time.currentTimeMillis());
        model.setUserLabel(PhoneNumbers.mask(e164));
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(Map.of(PHONE_NUMBER, e164)));
            model.setSecretData("{}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    public static PhoneCredentialModel from(CredentialModel stored) {
        String number = null;
        try {
            if (stored.getCredentialData() != null) {
                Object value = JsonSerialization.readValue(stored.getCredentialData(), Map.class).get(PHONE_NUMBER);
                number = value == null ? null : value.toString();
            }
        } catch (IOException e) {
            number = null;
        }
        PhoneCredentialModel model = new PhoneCredentialModel(number);
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setCredentialData(stored.getCredentialData());
        model.setSecretData(stored.getSecretData());
        model.setFederationLink(stored.getFederationLink());
        return model;
    }

    /** The number in E.164 form, or null when the stored data is unreadable. */
    public String getPhoneNumber() {
        return phoneNumber;
    }
}
