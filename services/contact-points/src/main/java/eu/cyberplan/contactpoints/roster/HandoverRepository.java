package eu.cyberplan.contactpoints.roster;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The shift handover log: a plain table, written once per handover and read newest first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface HandoverRepository extends GenericRepository<ShiftHandover, UUID> {

    ShiftHandover save(ShiftHandover handover);

    List<ShiftHandover> findByCountry(String country, Pageable page);

    long countByCountry(String country);
}
