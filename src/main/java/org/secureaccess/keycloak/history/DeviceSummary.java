package org.secureaccess.keycloak.history;

import jakarta.ws.rs.core.HttpHeaders;

import org.keycloak.device.DeviceRepresentationProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.account.DeviceRepresentation;

/** The browser and system of the current request, in a few words, from Keycloak's User-Agent parser. */
record DeviceSummary(String summary, String family, String userAgent) {

    static final int USER_AGENT_COLUMN = 255;

    static DeviceSummary ofCurrentRequest(KeycloakSession session) {
        String userAgent = null;
        if (session.getContext().getRequestHeaders() != null) {
            userAgent = session.getContext().getRequestHeaders().getHeaderString(HttpHeaders.USER_AGENT);
        }
        DeviceRepresentation device = null;
        try {
            DeviceRepresentationProvider provider = session.getProvider(DeviceRepresentationProvider.class);
            device = provider == null ? null : provider.deviceRepresentation();
        } catch (RuntimeException e) {
            device = null;
        }
        if (device == null) {
            return new DeviceSummary(null, null, truncate(userAgent));
        }
        String browser = device.getBrowser() == null ? DeviceRepresentation.UNKNOWN : device.getBrowser();
        String browserName = browser.contains("/") ? browser.substring(0, browser.indexOf('/')) : browser;
        String browserMajor = browser.contains("/") ? browser.substring(browser.indexOf('/') + 1).split("\\.")[0] : "";
        String os = device.getOs() == null ? DeviceRepresentation.UNKNOWN : device.getOs();
        String summary = (browserName + (browserMajor.isEmpty() || browserMajor.equals(DeviceRepresentation.UNKNOWN) ? "" : " " + browserMajor)
                + " · " + os + (device.isMobile() ? " (mobile)" : ""));
        return new DeviceSummary(cut(summary, 120), cut(browserName + " · " + os, 120), truncate(userAgent));
    }

    private static String truncate(String userAgent) {
        return userAgent == null ? null : cut(userAgent, USER_AGENT_COLUMN);
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
