package eu.cyberplan.exercises.lesson;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The lesson table: written one at a time, read per exercise in the order recorded. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LessonRepository extends GenericRepository<Lesson, UUID> {

    Lesson save(Lesson lesson);

    Lesson update(Lesson lesson);

    Optional<Lesson> findByIdAndExerciseId(UUID id, UUID exerciseId);

    /** The lessons of an exercise in the order recorded (its after-action report lists them). */

    List<Lesson> findByExerciseIdOrderByRecordedAt(UUID exerciseId);
}
