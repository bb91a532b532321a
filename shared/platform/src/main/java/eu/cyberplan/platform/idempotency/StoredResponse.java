package eu.cyberplan.platform.idempotency;

/** The first response to a keyed request; {@code status} is null while that request is still being handled. */
record StoredResponse(String method, String path, Integer status, String location, String contentType, byte[] body) {

    boolean complete() {
        return status != null;
    }
}
