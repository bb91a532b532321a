-- Issue 23: the deadlines of inbox items that escalation does not time (situation reports, assistance requests,
-- coordinator notices, exercise messages) now have a timer here: unread by then, an item turns OVERDUE and pages the
-- backup route once. The poller walks only the items still waiting, earliest deadline first.
CREATE INDEX inbox_item_read_due ON inbox_item (ack_deadline)
    WHERE status = 'NEW' AND ack_deadline IS NOT NULL AND kind NOT IN ('ALERT', 'CORRECTION', 'RECALL', 'COMCHECK');
