package org.quotetracker.articles;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query("select a.id from Article a where a.contentHash = :contentHash")
    Optional<Long> findIdByContentHash(String contentHash);

    @Query("select distinct a.outlet from Article a where a.outlet is not null order by a.outlet")
    List<String> findOutlets();
}
