package org.secureaccess.keycloak.sms.log;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.sms.SmsSenderProvider;

class LogSmsSenderProvider implements SmsSenderProvider {

    private static final Logger LOG = Logger.getLogger(LogSmsSenderProvider.class);

    private final boolean productionMode;

    LogSmsSenderProvider(boolean productionMode) {
        this.productionMode = productionMode;
    }

    @Override
    public void send(SmsMessage message) {
        // Development only, by design: this is where a developer reads the code.
        String oneLine = message.text().replace('\r', ' ').replace('\n', ' ');
        if (productionMode) {
            LOG.warnf("[SMS NOT SENT - 'log' sender in production mode] to %s: %s", message.destination(), oneLine);
        } else {
            LOG.infof("[SMS - development 'log' sender, not for production] to %s: %s", message.destination(), oneLine);
        }
    }
}
