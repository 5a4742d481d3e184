package org.secureaccess.keycloak.evidence.records;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers of record and typed ones compare in E.164 form, read as libphonenumber reads them (U.S. by default). */
final class RecordPhones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_TYPED_LENGTH = 40;

    private RecordPhones() {
    }

    /** {@code (202) 555-0150}, {@code +1 202 555 0150} → {@code +12025550150}; empty when not a valid number. */
    static Optional<String> e164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED_LENGTH) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(typed.strip(), "US");
            return UTIL.isValidNumber(number) ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164)) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
