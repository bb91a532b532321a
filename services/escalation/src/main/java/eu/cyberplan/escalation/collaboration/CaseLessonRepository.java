package eu.cyberplan.escalation.collaboration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The case_lesson table: appended to, read per case in the order recorded. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CaseLessonRepository extends GenericRepository<CaseLesson, UUID> {

    CaseLesson save(CaseLesson lesson);

    List<CaseLesson> findByIncidentIdOrderByRecordedAt(UUID incidentId);
}
