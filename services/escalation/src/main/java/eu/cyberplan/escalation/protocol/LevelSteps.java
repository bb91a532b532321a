package eu.cyberplan.escalation.protocol;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** A case's level history: appended to, read whole in the order it was written. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LevelSteps extends GenericRepository<LevelStep, Long> {

    LevelStep save(LevelStep step);

    List<LevelStep> findByIncidentIdOrderById(UUID incidentId);
}
