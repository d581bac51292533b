package org.quotetracker.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.quotetracker.api.Ids;
import org.quotetracker.api.InputText;
import org.quotetracker.errors.InvalidInput;
import org.quotetracker.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's own records (names and titles) as people edit them: an alias added by hand, two entries for one speaker
 * merged, entries nobody needs any more removed. What refers to a person from elsewhere, such as quotes, is moved by
 * the caller before. Every method must run inside the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PersonEdits {

    private final PersonRepository people;
    private final AliasRepository aliases;
    private final EntityManager entityManager;

    PersonEdits(PersonRepository people, AliasRepository aliases, EntityManager entityManager) {
        this.people = people;
        this.aliases = aliases;
        this.entityManager = entityManager;
    }

    /** The person with this API id. */
    public Person find(long id) {
        return people.findById(id)
                .orElseThrow(() -> new NotFound("There is no person with id " + id));
    }

    /** Makes {@code alias} one of the names the person is known by; a name they already have is left as it is. */
    public void addAlias(Person person, String alias) {
        if (InputText.isBlank(alias)) {
            throw new InvalidInput("alias must not be empty");
        }
        String name = NameKey.tidy(alias);
        if (!aliases.existsByPersonAndNameKey(person, NameKey.of(name))) {
            aliases.save(new Alias(person, name));
        }
    }

    /**
     * Gives {@code target} every name and title of {@code source}, then removes {@code source}. A title both had is
     * kept once, spanning the days of both.
     */
    public void absorb(Person source, Person target) {
        entityManager.createQuery("""
                        update Alias a set a.person = :target
                        where a.person = :source
                          and a.nameKey not in (select b.nameKey from Alias b where b.person = :target)""")
                .setParameter("source", source).setParameter("target", target).executeUpdate();
        Map<String, Role> targetRoles = rolesOf(target).stream()
                .collect(Collectors.toMap(role -> NameKey.of(role.getTitle()), Function.identity(), (a, b) -> a));
        for (Role role : rolesOf(source)) {
            Role kept = targetRoles.get(NameKey.of(role.getTitle()));
            if (kept == null) {
                kept = copyOf(role, target);
                entityManager.persist(kept);
            } else {
                kept.seenOn(role.getFirstSeen());
                kept.seenOn(role.getLastSeen());
            }
            moveSightings(role, kept);
        }
        removeAll(List.of(source.getId()));
    }

    /** The articles that gave the source's title now count for the target's, once per article. */
    private void moveSightings(Role from, Role to) {
        entityManager.flush();
        entityManager.createQuery("""
                        delete from RoleSighting s where s.role = :from
                          and s.article in (select t.article from RoleSighting t where t.role = :to)""")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
        entityManager.createQuery("update RoleSighting s set s.role = :to where s.role = :from")
                .setParameter("from", from).setParameter("to", to).executeUpdate();
    }

    /** Removes these people with their names, titles and (quote-less) statements. Nothing else may refer to them any more. */
    public void removeAll(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        entityManager.createQuery("delete from RoleSighting s where s.role.id in (select r.id from Role r where r.person.id in :ids)")
                .setParameter("ids", personIds).executeUpdate();
        entityManager.createQuery("delete from Statement s where s.speaker.id in :ids").setParameter("ids", personIds).executeUpdate();
        entityManager.createQuery("delete from Alias a where a.person.id in :ids").setParameter("ids", personIds).executeUpdate();
        entityManager.createQuery("delete from Role r where r.person.id in :ids").setParameter("ids", personIds).executeUpdate();
        entityManager.createQuery("delete from Person p where p.id in :ids").setParameter("ids", personIds).executeUpdate();
    }

    private List<Role> rolesOf(Person person) {
        return entityManager.createQuery("select r from Role r where r.person = :person", Role.class)
                .setParameter("person", person).getResultList();
    }

    private static Role copyOf(Role role, Person owner) {
        Role copy = new Role(owner, role.getTitle(), role.getFirstSeen());
        copy.seenOn(role.getLastSeen());
        return copy;
    }
}
