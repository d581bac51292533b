package org.quotetracker.quotes;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface QuoteMapper {

    // speaker.id, article.id and statement.id come from the lazy proxies without loading them.
    @Mapping(target = "role", source = "roleTitle")
    @Mapping(target = "context", source = "sentence")
    @Mapping(target = "start", source = "startOffset")
    @Mapping(target = "end", source = "endOffset")
    @Mapping(target = "speakerId", source = "speaker.id")
    @Mapping(target = "articleId", source = "article.id")
    @Mapping(target = "statementId", source = "statement.id")
    QuoteView toView(Quote quote);
}
