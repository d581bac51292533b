package org.quotetracker.corrections;

import org.quotetracker.extraction.AttributionMethod;

/**
 * The GraphQL {@code AttributionCorrection}.
 *
 * @param correctedAt an ISO-8601 instant
 */
record CorrectionView(String correctedBy, String correctedAt, String machineSpeaker, String machineRole,
                      AttributionMethod machineMethod, Double machineConfidence) {
}
