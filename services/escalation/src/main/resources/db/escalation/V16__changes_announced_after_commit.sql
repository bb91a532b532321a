-- Case changes are announced by the service once their transaction commits, batched from one thread per instance
-- (platform notify.ChangeFeed), not by triggers: a NOTIFY takes a lock of the whole database at its transaction's
-- commit, and from the protocol's own transactions it serialised the fan-out's commits whenever a console streamed.
DROP TRIGGER protocol_case_inserted ON protocol_case;
DROP TRIGGER protocol_case_updated ON protocol_case;
DROP TRIGGER case_alert_inserted ON case_alert;
DROP TRIGGER case_alert_updated ON case_alert;
DROP TRIGGER situation_report_inserted ON situation_report;
DROP TRIGGER assistance_request_inserted ON assistance_request;
DROP TRIGGER assistance_request_updated ON assistance_request;
DROP TRIGGER case_update_inserted ON case_update;
DROP TRIGGER assistance_offer_inserted ON assistance_offer;
DROP TRIGGER assistance_offer_updated ON assistance_offer;
DROP FUNCTION case_changed();
DROP FUNCTION assistance_offer_changed();
DROP TABLE change_listener;
