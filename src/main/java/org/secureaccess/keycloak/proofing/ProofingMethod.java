package org.secureaccess.keycloak.proofing;

/** How a person's identity was verified. */
public enum ProofingMethod {
    /** Identity, financial account and a mobile phone in their name, proven with a texted code. */
    PHONE,
    /** Identity and financial account, proven with a code mailed to the address of record. */
    LETTER,
    /** An administrator verified the person another way (e.g. by telephone) and recorded why. */
    EXCEPTION,
    /** An earlier process the realm accepts (a configured user attribute). */
    PRIOR
}
