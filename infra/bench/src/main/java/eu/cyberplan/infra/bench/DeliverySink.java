package eu.cyberplan.infra.bench;

import java.util.UUID;

/** Where a watcher of the receipts topic hands each {@code alert.delivered} it reads. */
interface DeliverySink {

    void delivered(UUID incidentId, String alertKey, long receivedNanos);
}
