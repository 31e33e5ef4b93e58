/**
 * The REST API under {@code /api/v1}: JSON in and out, bearer tokens from Keycloak, errors as
 * {@code application/problem+json} in the caller's language, {@code Idempotency-Key} on creation.
 */
package org.yiyang.web.api;
