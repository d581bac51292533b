package org.quotetracker.live;

import graphql.ErrorClassification;

/** Why a {@code quoteAdded} subscription ended or was refused, as {@code extensions.classification}. */
enum LiveError implements ErrorClassification {

    /** The subscriber fell {@link LiveProperties#buffer} quotes behind: the subscription is ended, not buffered on. */
    SUBSCRIBER_TOO_SLOW,

    /** This instance already serves {@link LiveProperties#maxSubscriptions} subscriptions. */
    TOO_MANY_SUBSCRIPTIONS;

    /** The failure that ends a subscription with this classification. */
    LiveFailure failure(String message) {
        return new LiveFailure(this, message);
    }

    static final class LiveFailure extends RuntimeException {

        private final LiveError type;

        private LiveFailure(LiveError type, String message) {
            super(message, null, false, false);
            this.type = type;
        }

        LiveError type() {
            return type;
        }
    }
}
