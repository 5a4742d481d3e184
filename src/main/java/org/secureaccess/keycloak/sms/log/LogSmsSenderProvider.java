package org.secureaccess.keycloak.sms.log;

import org.jboss.logging.Logger;
import org.secureaccess.keycloak.sms.SmsDeliveryException;
import org.secureaccess.keycloak.sms.SmsMessage;
import org.secureaccess.keycloak.sms.SmsSenderProvider;

class LogSmsSenderProvider implements SmsSenderProvider {

    private static final Logger LOG = Logger.getLogger(LogSmsSenderProvider.class);

    private final boolean productionMode;

    LogSmsSenderProvider(boolean productionMode) {
        this.productionMode = productionMode;
    }

    @Override
    public void send(SmsMessage message) throws SmsDeliveryException {
        if (productionMode) {
            // A production log is no place for a working security code, and the person must hear
            // that no text went out rather than wait for one.
            String destination = message.destination();
            String lastDigits = destination.length() > 4 ? destination.substring(destination.length() - 4) : "";
            LOG.warnf("[SMS NOT SENT - 'log' sender in production mode] to a number ending %s; choose a real gateway", lastDigits);
            throw new SmsDeliveryException(SmsDeliveryException.Reason.MISCONFIGURED,
                    "the development 'log' SMS sender does not send in production mode");
        }
        // Development only, by design: this is where a developer reads the code.
        String oneLine = message.text().replace('\r', ' ').replace('\n', ' ');
        LOG.infof("[SMS - development 'log' sender, not for production] to %s: %s", message.destination(), oneLine);
    }
}
