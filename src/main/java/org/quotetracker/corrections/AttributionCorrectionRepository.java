package org.quotetracker.corrections;

import java.util.Collection;
import java.util.List;

import org.quotetracker.people.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttributionCorrectionRepository extends JpaRepository<AttributionCorrection, Long> {

    /** Every correction made in these articles, oldest first, so that folding them leaves the newest per span. */
    List<AttributionCorrection> findByArticleIdInOrderById(Collection<Long> articleIds);

    @Modifying
    @Query("delete from AttributionCorrection c where c.articleId = :articleId")
    void deleteByArticleId(long articleId);

    @Modifying
    @Query("update AttributionCorrection c set c.speaker = :target where c.speaker = :source")
    void reassignSpeaker(Person source, Person target);

    @Query("select distinct c.speaker.id from AttributionCorrection c where c.speaker.id in :personIds")
    List<Long> findSpeakerIdsIn(Collection<Long> personIds);
}
