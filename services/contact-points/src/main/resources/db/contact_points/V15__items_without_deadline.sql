-- A LEVEL_CHANGE item tells a country its case's crisis level changed (DESIGN §14): nothing to acknowledge by a deadline.
ALTER TABLE inbox_item ALTER COLUMN ack_deadline DROP NOT NULL;
