package eu.cyberplan.contactpoints.directory;

import eu.cyberplan.platform.audit.AuditRecord;
import eu.cyberplan.platform.audit.AuditTrail;
import eu.cyberplan.events.v1.ContactPointChanged;
import eu.cyberplan.events.v1.EventTypes;
import eu.cyberplan.events.v1.Topics;
import eu.cyberplan.platform.country.CountryCodes;
import eu.cyberplan.platform.outbox.Outbox;
import eu.cyberplan.platform.outbox.OutboxEvent;
import eu.cyberplan.platform.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Changes to the directory; each publishes the country's full entry as {@code contact-point.changed}. */
@Singleton
public class DirectoryChanges {

    private final DirectoryStore store;
    private final Directory directory;
    private final People people;
    private final CountryScope scope;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public DirectoryChanges(DirectoryStore store, Directory directory, People people, CountryScope scope, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.directory = directory;
        this.people = people;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Replaces a country's contact points and CSIRTs (and its name, zones or languages when given). */
    @Transactional
    public CountryView update(String code, DirectoryEntry entry, String by) {
        entry.check(false);
        store.updateCountry(code, entry.name(), entry.timeZones(), entry.languages());
        return save(code, entry, by);
    }

    /** Adds an observer partner of the plan (a member is in the plan already: 409). */
    @Transactional
    public CountryView addObserver(DirectoryEntry entry, String by) {
        String code = CountryCodes.normalise(entry.code())
                .orElseThrow(() -> ProblemException.invalid("code", "unknown country code '" + entry.code() + "' (ISO 3166-1 alpha-2)"));
        entry.check(true);
        if (CountryCodes.isMember(code) || !store.insertCountry(code, entry.name().trim(), false, entry.timeZones(),
                entry.languages() == null ? List.of() : entry.languages())) {
            throw ProblemException.conflict(code + " is in the plan already; change it with PUT /api/v1/countries/" + code);
        }
        return save(code, entry, by);
    }

    /** Seeds an observer and its contact point unless present (the demo federation); publishes only what it adds. */
    @Transactional
    public void seedIfAbsent(String code, String name, boolean member, List<String> timeZones, List<String> languages, DirectoryEntry entry) {
        boolean added = store.insertCountry(code, name, member, timeZones, languages);
        if (added || !store.hasContactPoint(code)) {
            save(code, entry, "demo");
        }
    }

    /** Adds or changes a person of the country. */
    @Transactional
    public Person savePerson(String code, Person person) {
        people.save(code, person);
        audit.record(AuditRecord.of("person.saved", "person", person.username(), code));
        return person;
    }

    private CountryView save(String code, DirectoryEntry entry, String by) {
        scope.forget(code);
        Instant now = clock.instant();
        store.saveContactPoint(code, entry, by, now);
        if (entry.csirts() != null) {
            store.replaceCsirts(code, entry.csirts());
        }
        CountryView view = directory.country(code).orElseThrow();
        outbox.add(OutboxEvent.of(Topics.DIRECTORY, EventTypes.CONTACT_POINT_CHANGED, code + "/contact-point.changed", code, new ContactPointChanged(
                view.code(), view.name(), view.member(), view.timeZones(), view.languages(),
                view.ncp() == null ? null : view.ncp().primary(), view.ncp() == null ? null : view.ncp().backup(),
                view.cycloneLiaison(), view.singlePointOfContact(),
                view.csirts().stream().map(c -> new ContactPointChanged.Csirt(c.name(), c.email(), c.phone(), c.ncp())).toList(), by, now)));
        return view;
    }
}
