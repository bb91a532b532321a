package eu.cyberplan.platform.audit;

import java.util.Objects;

/**
 * Walks a service's audit entries in id order and finds the first that breaks the chain: a changed row (its hash no
 * longer matches its columns), a deleted one (the next row's {@code prev_hash} names a hash that is not the row before
 * it), a reordered one (the id is part of the hash), or a sealed row behind an unsealed one (sealing goes in id order).
 * Unsealed rows at the end are fine: the sealer has not reached them yet.
 */
public final class ChainVerification {

    private String expectedPrevious;
    private long entries;
    private Long sealedUpTo;
    private Long firstBrokenId;
    private boolean unsealedSeen;

    /** Starts from the beginning of the chain, or from the anchor of the last archived entry (null when none). */
    public ChainVerification(String anchor) {
        this.expectedPrevious = anchor;
    }

    public void accept(AuditEntry entry) {
        entries++;
        if (firstBrokenId != null) {
            return;
        }
        if (!entry.sealed()) {
            unsealedSeen = true;
            return;
        }
        if (unsealedSeen || !Objects.equals(expectedPrevious, entry.prevHash()) || !ChainHash.of(entry.prevHash(), entry).equals(entry.hash())) {
            firstBrokenId = entry.id();
            return;
        }
        expectedPrevious = entry.hash();
        sealedUpTo = entry.id();
    }

    public Verdict verdict() {
        return firstBrokenId == null ? Verdict.valid(entries, sealedUpTo) : Verdict.broken(firstBrokenId, entries);
    }
}
