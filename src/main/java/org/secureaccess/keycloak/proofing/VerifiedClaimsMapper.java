package org.secureaccess.keycloak.proofing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ProtocolMapperModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.mappers.AbstractOIDCProtocolMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAccessTokenMapper;
import org.keycloak.protocol.oidc.mappers.OIDCAttributeMapperHelper;
import org.keycloak.protocol.oidc.mappers.OIDCIDTokenMapper;
import org.keycloak.protocol.oidc.mappers.UserInfoTokenMapper;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.representations.IDToken;
import org.secureaccess.keycloak.proofing.ProofingState.Verification;

/**
 * Puts the proofing result in tokens as OpenID Connect for Identity Assurance {@code verified_claims}:
 * the trust framework, the level reached (named for what was checked: a records match, not NIST
 * IAL2), when, how, and the legal name that matched. Nothing for people not verified.
 */
public class VerifiedClaimsMapper extends AbstractOIDCProtocolMapper implements OIDCIDTokenMapper, OIDCAccessTokenMapper, UserInfoTokenMapper {

    public static final String ID = "secure-access-verified-claims";
    static final String CLAIM = "verified_claims";
    static final String TRUST_FRAMEWORK = "trustFramework";
    static final String DEFAULT_TRUST_FRAMEWORK = "secure_access_records_match";

    private static final List<ProviderConfigProperty> PROPERTIES = new ArrayList<>();

    static {
        PROPERTIES.addAll(ProviderConfigurationBuilder.create()
                .property().name(TRUST_FRAMEWORK).label("Trust framework")
                .helpText("The verification.trust_framework value: the rules this realm verifies people under. Default "
                        + DEFAULT_TRUST_FRAMEWORK + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(DEFAULT_TRUST_FRAMEWORK).add()
                .build());
        OIDCAttributeMapperHelper.addIncludeInTokensConfig(PROPERTIES, VerifiedClaimsMapper.class);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayType() {
        return "Secure Access: verified claims";
    }

    @Override
    public String getDisplayCategory() {
        return TOKEN_MAPPER_CATEGORY;
    }

    @Override
    public String getHelpText() {
        return "Adds the identity-proofing result as OpenID Connect for Identity Assurance 'verified_claims'.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return PROPERTIES;
    }

    @Override
    protected void setClaim(IDToken token, ProtocolMapperModel mapping, UserSessionModel userSession, KeycloakSession session,
                            ClientSessionContext clientSessionCtx) {
        UserModel user = userSession.getUser();
        ProofingState.verification(session, userSession.getRealm(), user)
                .ifPresent(verification -> token.getOtherClaims().put(CLAIM, verifiedClaims(verification, trustFramework(mapping))));
    }

    static Map<String, Object> verifiedClaims(Verification verification, String trustFramework) {
        Map<String, Object> process = new LinkedHashMap<>();
        process.put("trust_framework", trustFramework);
        process.put("assurance_level", verification.level());
        if (verification.verifiedAt() != null) {
            process.put("time", Instant.ofEpochMilli(verification.verifiedAt()).toString());
        }
        process.put("verification_process", verification.method().name().toLowerCase());
        if (verification.method() == ProofingMethod.PHONE || verification.method() == ProofingMethod.LETTER) {
            List<Map<String, Object>> evidence = new ArrayList<>();
            evidence.add(record("tax_return"));
            evidence.add(record("financial_account"));
            evidence.add(record(verification.method() == ProofingMethod.PHONE ? "mobile_phone_account" : "postal_address_of_record"));
            process.put("evidence", evidence);
        }
        // Only names that were matched (or attested by an administrator) at verification: the
        // profile's names can be edited by the person afterwards, so they are never asserted here.
        // People verified by an earlier process therefore carry an empty claims object.
        Map<String, Object> claims = new LinkedHashMap<>();
        Optional.ofNullable(verification.givenName()).ifPresent(name -> claims.put("given_name", name));
        Optional.ofNullable(verification.familyName()).ifPresent(name -> claims.put("family_name", name));
        Map<String, Object> verified = new LinkedHashMap<>();
        verified.put("verification", process);
        verified.put("claims", claims);
        return verified;
    }

    private static Map<String, Object> record(String type) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("type", "electronic_record");
        evidence.put("check_details", List.of(Map.of("check_method", "data")));
        evidence.put("record", Map.of("type", type));
        return evidence;
    }

    private static String trustFramework(ProtocolMapperModel mapping) {
        String configured = mapping.getConfig() == null ? null : mapping.getConfig().get(TRUST_FRAMEWORK);
        return configured == null || configured.isBlank() ? DEFAULT_TRUST_FRAMEWORK : configured.strip();
    }
}
