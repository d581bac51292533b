package org.quotetracker.corrections;

/**
 * The GraphQL {@code AttributionCorrection}.
 *
 * @param correctedAt an ISO-8601 instant
 */
record CorrectionView(String correctedBy, String correctedAt, String machineSpeaker, String machineRole) {
}
