package eu.cyberplan.incidentreporting.significance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static eu.cyberplan.incidentreporting.significance.Criterion.declared;
import static eu.cyberplan.incidentreporting.significance.Criterion.moreThan;

/**
 * The entity-type thresholds of Implementing Regulation (EU) 2024/2690, Arts 5–14, one table row per type. "More
 * than" is strict throughout: a figure at the limit does not meet it.
 */
final class EntityTypeCriteria {

    private static final UserShare FIVE_PERCENT_OR_MILLION = UserShare.of("5", 1_000_000);

    static final Map<String, Function<SignificanceFacts, List<Criterion>>> BY_TYPE = Map.ofEntries(
            Map.entry("DNS", EntityTypeCriteria::dns),
            Map.entry("TLD", EntityTypeCriteria::tld),
            Map.entry("CLOUD_COMPUTING", f -> provider("art7", f)),
            Map.entry("DATA_CENTRE", EntityTypeCriteria::dataCentre),
            Map.entry("CDN", f -> provider("art9", f)),
            Map.entry("MANAGED_SERVICE", f -> provider("art10", f)),
            Map.entry("MANAGED_SECURITY_SERVICE", f -> provider("art10", f)),
            Map.entry("ONLINE_MARKETPLACE", f -> platform("art11", f)),
            Map.entry("ONLINE_SEARCH_ENGINE", f -> platform("art12", f)),
            Map.entry("SOCIAL_NETWORK", f -> platform("art13", f)),
            Map.entry("TRUST_SERVICE", EntityTypeCriteria::trustService));

    private EntityTypeCriteria() {
    }

    /** Art. 5: DNS service providers. */
    private static List<Criterion> dns(SignificanceFacts f) {
        return List.of(moreThan("art5.a-unavailable", f.completeUnavailabilityMinutes(), 30, "min", "name resolution completely unavailable"),
                slowResponses("art5.b-slow-responses", f),
                new Criterion("art5.c-dns-data-compromised", dnsDataCompromised(f), dnsFigure(f),
                        "integrity, confidentiality or authenticity of authoritative DNS data compromised, unless fewer than 1,000 "
                                + "domain names and at most 1 % of those managed are wrong through misconfiguration"));
    }

    /** Art. 6: TLD name registries. */
    private static List<Criterion> tld(SignificanceFacts f) {
        return List.of(moreThan("art6.a-unavailable", f.completeUnavailabilityMinutes(), 0, "min", "authoritative name resolution completely unavailable"),
                slowResponses("art6.b-slow-responses", f),
                declared("art6.c-tld-data-compromised", f.integrityCompromised(),
                        "integrity, confidentiality or authenticity of data on the technical operation of the TLD compromised"));
    }

    /** Arts 7, 9, 10: cloud computing, content delivery networks, managed (security) services. */
    private static List<Criterion> provider(String article, SignificanceFacts f) {
        return List.of(moreThan(article + ".a-unavailable", f.completeUnavailabilityMinutes(), 30, "min", "service completely unavailable"),
                limitedForLong(article + ".b-limited-availability", f),
                declared(article + ".c-malicious-compromise", f.suspectedMaliciousIntegrityCompromise(),
                        "integrity, confidentiality or authenticity of data compromised by a suspectedly malicious action"),
                FIVE_PERCENT_OR_MILLION.check(article + ".d-compromise-impact", f.usersAffectedByIntegrityCompromise(), f.unionUsers(),
                        "integrity, confidentiality or authenticity compromised"));
    }

    /** Art. 8: data centre service providers. */
    private static List<Criterion> dataCentre(SignificanceFacts f) {
        return List.of(moreThan("art8.a-unavailable", f.completeUnavailabilityMinutes(), 0, "min", "data centre service completely unavailable"),
                moreThan("art8.b-limited-availability", f.limitedAvailabilityMinutes(), 60, "min", "data centre service availability limited"),
                declared("art8.c-malicious-compromise", f.suspectedMaliciousIntegrityCompromise(),
                        "integrity, confidentiality or authenticity of data compromised by a suspectedly malicious action"),
                declared("art8.d-physical-access", f.physicalAccessCompromised(), "physical access to a data centre compromised"));
    }

    /** Arts 11–13: online marketplaces, online search engines, social networking platforms. */
    private static List<Criterion> platform(String article, SignificanceFacts f) {
        return List.of(FIVE_PERCENT_OR_MILLION.check(article + ".a-unavailable", f.usersAffectedByUnavailability(), f.unionUsers(),
                        "completely or partially unavailable"),
                FIVE_PERCENT_OR_MILLION.check(article + ".b-limited-availability", f.usersAffectedByLimitedAvailability(), f.unionUsers(),
                        "affected by limited availability"),
                declared(article + ".c-malicious-compromise", f.suspectedMaliciousIntegrityCompromise(),
                        "integrity, confidentiality or authenticity of data compromised by a suspectedly malicious action"),
                FIVE_PERCENT_OR_MILLION.check(article + ".d-compromise-impact", f.usersAffectedByIntegrityCompromise(), f.unionUsers(),
                        "integrity, confidentiality or authenticity compromised"));
    }

    /** Art. 14: trust service providers. */
    private static List<Criterion> trustService(SignificanceFacts f) {
        return List.of(moreThan("art14.a-unavailable", f.completeUnavailabilityMinutes(), 20, "min", "trust service completely unavailable"),
                moreThan("art14.b-unavailable-in-week", f.unavailableMinutesInCalendarWeek(), 60, "min",
                        "unavailable to users or relying parties, counted per calendar week"),
                UserShare.of("1", 200_000).check("art14.c-limited-availability", f.usersAffectedByLimitedAvailability(), f.unionUsers(),
                        "availability limited for users or relying parties"),
                declared("art14.d-physical-access", f.physicalAccessCompromised(),
                        "physical access to restricted areas holding network and information systems compromised"),
                UserShare.of("0.1", 100).check("art14.e-compromise-impact", f.usersAffectedByIntegrityCompromise(), f.unionUsers(),
                        "integrity, confidentiality or authenticity compromised for users or relying parties"));
    }

    private static Criterion slowResponses(String id, SignificanceFacts f) {
        BigDecimal seconds = f.averageResponseTimeSeconds();
        Long minutes = f.slowResponseMinutes();
        boolean met = seconds != null && minutes != null && seconds.compareTo(BigDecimal.TEN) > 0 && minutes > 60;
        String figure = seconds == null && minutes == null ? null : "average " + seconds + " s for " + minutes + " min";
        return new Criterion(id, met, figure, "average response time more than 10 s for more than 60 min");
    }

    private static Criterion limitedForLong(String id, SignificanceFacts f) {
        Criterion share = FIVE_PERCENT_OR_MILLION.check(id, f.usersAffectedByLimitedAvailability(), f.unionUsers(), "availability limited");
        Long minutes = f.limitedAvailabilityMinutes();
        boolean met = share.met() && minutes != null && minutes > 60;
        String figure = share.figure() == null && minutes == null ? null : share.figure() + " for " + minutes + " min";
        return new Criterion(id, met, figure, share.threshold() + ", for more than 60 min");
    }

    private static boolean dnsDataCompromised(SignificanceFacts f) {
        if (!SignificanceFacts.yes(f.integrityCompromised())) {
            return false;
        }
        Long wrong = f.misconfiguredDomainNames();
        Long managed = f.managedDomainNames();
        boolean minorMisconfiguration = wrong != null && managed != null && managed > 0 && wrong < 1_000 && wrong * 100 <= managed;
        return !minorMisconfiguration;
    }

    private static String dnsFigure(SignificanceFacts f) {
        if (f.integrityCompromised() == null) {
            return null;
        }
        return f.misconfiguredDomainNames() == null ? "compromise declared"
                : f.misconfiguredDomainNames() + " of " + f.managedDomainNames() + " domain names wrong through misconfiguration";
    }
}
