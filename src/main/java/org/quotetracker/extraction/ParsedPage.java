package org.quotetracker.extraction;

import java.util.List;

/** A page split into what it says about itself and the stories of its body, boilerplate left out. */
record ParsedPage(ArticleMetadata metadata, List<Story> stories) {
}
