-- Inbox changes are announced by the service once their transaction commits, batched from one thread per instance
-- (platform notify.ChangeFeed), not by triggers: a NOTIFY takes a lock of the whole database at its transaction's
-- commit, and from the protocol's own transactions it serialised the fan-out's commits whenever a console streamed.
DROP TRIGGER inbox_item_inserted ON inbox_item;
DROP TRIGGER inbox_item_updated ON inbox_item;
DROP FUNCTION inbox_item_changed();
DROP TABLE change_listener;
