package org.quotetracker.articles;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(componentModel = "spring")
interface ArticleMapper {

    @Mapping(target = "dateline", source = "datelinePlace")
    ArticleView toView(Article article);
}
