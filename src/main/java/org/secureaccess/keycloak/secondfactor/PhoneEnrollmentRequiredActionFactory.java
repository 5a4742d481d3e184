package org.secureaccess.keycloak.secondfactor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.models.RequiredActionProviderModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.utils.RequiredActionHelper;
import org.keycloak.validate.ValidationError;
import org.secureaccess.keycloak.shared.config.BoundedInt;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

public class PhoneEnrollmentRequiredActionFactory implements RequiredActionFactory {

    public static final String ID = "secure-access-phone";
    static final String DEFAULT_REGION = "defaultRegion";
    static final String ALLOWED_REGIONS = "allowedRegions";
    static final String ALLOWED_TYPES = "allowedNumberTypes";

    private static final PhoneEnrollmentRequiredAction SINGLETON = new PhoneEnrollmentRequiredAction();

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public String getDisplayText() {
        return "Secure Access: set up text-message security codes";
    }

    @Override
    public boolean isOneTimeAction() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        List<ProviderConfigProperty> properties = new ArrayList<>(RequiredActionFactory.super.getConfigMetadata());
        properties.addAll(ProviderConfigurationBuilder.create()
                .property().name(DEFAULT_REGION).label("Default country")
                .helpText("Two-letter region assumed when a number is typed without +country code. Default " + PhoneNumbers.DEFAULT_REGION + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(PhoneNumbers.DEFAULT_REGION).add()
                .property().name(ALLOWED_REGIONS).label("Allowed countries")
                .helpText("Comma-separated two-letter regions whose numbers may be enrolled. Default " + String.join(",", PhoneNumbers.DEFAULT_ALLOWED_REGIONS) + ".")
                .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.join(",", PhoneNumbers.DEFAULT_ALLOWED_REGIONS)).add()
                .property().name(ALLOWED_TYPES).label("Allowed kinds of number")
                .helpText("Kinds of line that may receive codes. Default: mobile (U.S. numbers are always 'fixed line or mobile').")
                .type(ProviderConfigProperty.MULTIVALUED_LIST_TYPE)
                .options(Arrays.stream(PhoneNumberType.values()).map(Enum::name).toList())
                .defaultValue(PhoneNumberType.MOBILE.name() + "##" + PhoneNumberType.FIXED_LINE_OR_MOBILE.name()).add()
                .build());
        properties.addAll(SecondFactorSettings.properties(SecondFactorSettings.smsSettings()));
        properties.addAll(SecondFactorSettings.properties(SecondFactorSettings.lockSettings()));
        properties.addAll(SecondFactorSettings.properties(SecondFactorSettings.enrollmentSettings()));
        return properties;
    }

    /** Refuses settings outside the bounds of the requirements, with a message that says which. */
    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        RequiredActionFactory.super.validateConfig(session, realm, model);
        Map<String, String> config = model.getConfig();
        List<String> problems = new ArrayList<>();
        List<BoundedInt> settings = new ArrayList<>(SecondFactorSettings.smsSettings());
        settings.addAll(SecondFactorSettings.lockSettings());
        settings.addAll(SecondFactorSettings.enrollmentSettings());
        for (BoundedInt setting : settings) {
            setting.problem(config).ifPresent(problems::add);
        }
        String defaultRegion = config.get(DEFAULT_REGION);
        if (defaultRegion != null && !defaultRegion.isBlank()
                && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion.strip().toUpperCase(Locale.ROOT))) {
            problems.add("Default country '" + defaultRegion + "' is not a known two-letter region.");
        }
        String regions = config.get(ALLOWED_REGIONS);
        if (regions != null) {
            for (String region : regions.split("[,\\s]+")) {
                if (!region.isBlank() && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT))) {
                    problems.add("Allowed country '" + region + "' is not a known two-letter region.");
                }
            }
        }
        String types = config.get(ALLOWED_TYPES);
        if (types != null) {
            for (String type : types.split("##|,")) {
                if (!type.isBlank() && Arrays.stream(PhoneNumberType.values()).noneMatch(t -> t.name().equalsIgnoreCase(type.strip()))) {
                    problems.add("Allowed kind of number '" + type + "' is unknown.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(new ValidationError(getId(), "config", String.join(" ", problems)));
        }
    }

    /** The realm's phone-enrolment settings, found by provider id (administrators may rename the alias). */
    static Map<String, String> realmConfig(RealmModel realm) {
        RequiredActionProviderModel action = RequiredActionHelper.getRequiredActionByProviderId(realm, ID);
        if (action == null) {
            return Map.of();
        }
        RequiredActionConfigModel config = realm.getRequiredActionConfigByAlias(action.getAlias());
        return config == null || config.getConfig() == null ? Map.of() : config.getConfig();
    }

    static PhoneNumbers.Policy policy(Map<String, String> config) {
        return PhoneNumbers.Policy.parse(config.get(DEFAULT_REGION), config.get(ALLOWED_REGIONS), config.get(ALLOWED_TYPES));
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
