package eu.cyberplan.infra.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.cyberplan.platform.country.CountryCodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * One identity provider per country (30 members and EU), as a federation would trust them: each with its own RSA key,
 * its public JWKS written as a static file (served by any HTTP server) and a trust list naming all of them.
 */
record TrustIssuers(List<Issuer> issuers) {

    record Issuer(String issuer, String country, RSAKey key) {

        String token(String subject, Duration validFor) {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(validFor))).claim("roles", List.of("DUTY_OFFICER")).claim("country", country).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    static TrustIssuers prepare(Path directory, String jwksBaseUrl) throws IOException, JOSEException {
        Files.createDirectories(directory.resolve("jwks"));
        Files.createDirectories(directory.resolve("private"));
        List<Issuer> issuers = new ArrayList<>();
        StringBuilder trust = new StringBuilder("[");
        for (String country : Stream.concat(CountryCodes.MEMBERS.stream(), Stream.of("EU")).toList()) {
            String name = "idp-" + country.toLowerCase();
            RSAKey key = new RSAKeyGenerator(2048).keyID(name + "-1").keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            Files.writeString(directory.resolve("jwks").resolve(name + ".json"), new JWKSet(key.toPublicJWK()).toString());
            Files.writeString(directory.resolve("private").resolve(name + ".json"), key.toJSONString());
            String issuer = "https://" + name + ".bench.invalid/";
            issuers.add(new Issuer(issuer, country, key));
            trust.append(trust.length() > 1 ? ",\n " : "").append("{\"node\": \"").append(name).append("\", \"countries\": [\"").append(country)
                    .append("\"], \"issuer\": \"").append(issuer).append("\", \"jwksUrl\": \"").append(jwksBaseUrl).append('/').append(name).append(".json\"}");
        }
        Files.writeString(directory.resolve("trust.json"), trust.append("]\n").toString());
        return new TrustIssuers(issuers);
    }

    static TrustIssuers load(Path directory) throws IOException, ParseException {
        List<Issuer> issuers = new ArrayList<>();
        for (String country : Stream.concat(CountryCodes.MEMBERS.stream(), Stream.of("EU")).toList()) {
            String name = "idp-" + country.toLowerCase();
            RSAKey key = RSAKey.parse(Files.readString(directory.resolve("private").resolve(name + ".json")));
            issuers.add(new Issuer("https://" + name + ".bench.invalid/", country, key));
        }
        return new TrustIssuers(issuers);
    }

    /** {@code perIssuer} distinct tokens for each of the first {@code count} issuers, interleaved. */
    List<String> tokens(int count, int perIssuer) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < perIssuer; i++) {
            for (Issuer issuer : issuers.subList(0, count)) {
                tokens.add(issuer.token("duty." + issuer.country().toLowerCase() + "." + i, Duration.ofHours(2)));
            }
        }
        return tokens;
    }
}
