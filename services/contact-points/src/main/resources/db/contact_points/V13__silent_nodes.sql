-- A node silent for more than three heartbeat intervals raises one NODE_SILENT item in the EU inbox (DESIGN §11):
-- the alarm's item id is kept on the node's row until the node is heard again, so it is raised once per silence.
ALTER TABLE node_heartbeat ADD COLUMN silent_alarm_id uuid;
