package org.secureaccess.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Two scenarios measured at the same time on the same server, each with half the virtual users, round after round.
 * On a shared machine the speed of the cores changes from minute to minute; both lanes of a pair see the same
 * changes, so the ratio of their logins holds where the ratio of two runs one after the other does not.
 */
final class Pairing {

    final String name;
    /**
     * The reference lane (stock, or ours with the listener off); its {@code cpuMs}, {@code clientCpuMs} and {@code ko}
     * are the pair's.
     */
    final Result reference;
    final Result measured;

    Pairing(String name, Result reference, Result measured) {
        this.name = name;
        this.reference = reference;
        this.measured = measured;
    }

    /** The measured lane's logins over the reference lane's, over all rounds (the lanes' windows are the same). */
    double ratio() {
        return measured.logins / (double) Math.max(1, reference.logins);
    }

    List<Double> roundRatios() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(reference.roundRates.size(), measured.roundRates.size()); i++) {
            ratios.add(measured.roundRates.get(i) / reference.roundRates.get(i));
        }
        return ratios;
    }

    double cpuMsPerLogin() {
        long logins = reference.logins + measured.logins;
        return logins == 0 ? Double.NaN : reference.cpuMs / (double) logins;
    }

    double clientCpuMsPerLogin() {
        long logins = reference.logins + measured.logins;
        return logins == 0 ? Double.NaN : reference.clientCpuMs / (double) logins;
    }

    long errors() {
        return reference.errors() + measured.errors();
    }

    void add(Pairing round) {
        reference.add(round.reference);
        measured.add(round.measured);
    }
}
