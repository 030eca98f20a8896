/**
 * The reference service: a small Spring Boot REST API on the MSP starter that records one safeguarding journey
 * through its life (a concern, the person's desired outcomes, the negotiation, the conclusion, the Part 2
 * questionnaire), validating every save, storing each record as {@code jsonb} in PostgreSQL through the SDK's
 * codec, with optimistic versioning ({@code ETag} and {@code If-Match}). {@link
 * org.mspsdk.reference.JourneyController} is the API, {@link org.mspsdk.reference.JourneyStore} the storage.
 */
package org.mspsdk.reference;
