-- Issue 24 (DESIGN §14): a notification is written in the recipient country's languages, then English; the e-mail says
-- which (Content-Language), so a mail client or a screen reader can tell.
ALTER TABLE notification ADD COLUMN content_language text;
