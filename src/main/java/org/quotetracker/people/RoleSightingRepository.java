package org.quotetracker.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleSightingRepository extends JpaRepository<RoleSighting, Long> {

    boolean existsByRoleAndArticleId(Role role, Long articleId);

    /** The sightings of these roles, earliest first (undated last); the article ids come without loading articles. */
    @Query("""
            select s from RoleSighting s where s.role.id in :roleIds
            order by s.seenOn asc nulls last, s.article.id""")
    List<RoleSighting> findByRoleIds(Collection<Long> roleIds);
}
