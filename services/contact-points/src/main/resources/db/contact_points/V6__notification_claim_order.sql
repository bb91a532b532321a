-- The sender claims real notifications before exercise ones, oldest due first: an index in exactly that order lets a
-- claim read a few rows instead of sorting every pending one (a drill can leave hundreds of thousands pending).
CREATE INDEX notification_claim_order ON notification ((mode = 'EXERCISE'), next_attempt_at) WHERE status = 'PENDING';
DROP INDEX notification_due;
