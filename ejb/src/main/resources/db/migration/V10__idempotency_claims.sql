-- Idempotency keys: a claim belongs to the request that made it (claim_token), so a request whose claim was taken
-- over as abandoned cannot record its response over the new owner's; the fingerprint is now a keyed HMAC of the
-- caller, the operation and the body (keys recorded before keep their plain SHA-256 and are purged after 72 hours).
ALTER TABLE shared_idempotency_key ADD COLUMN claim_token BINARY(16) NULL AFTER state;
