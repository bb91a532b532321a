package eu.cyberplan.escalation.collaboration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The case_update table: appended to, read whole per case in the order posted. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseUpdates extends GenericRepository<CaseUpdate, UUID> {

    CaseUpdate save(CaseUpdate update);

    List<CaseUpdate> findByIncidentIdOrderByPostedAt(UUID incidentId);
}
