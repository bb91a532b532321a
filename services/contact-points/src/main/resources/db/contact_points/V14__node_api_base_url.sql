-- Where each node's API is (DESIGN §11: heartbeats carry the public base URL of the node's console), so that a read of
-- another country's incident can be sent to the node that holds it. Null for a node that does not say.
ALTER TABLE node_heartbeat ADD COLUMN api_base_url text;
