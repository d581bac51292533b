package org.quotetracker.people;

import org.mapstruct.Mapper;

@Mapper(componentModel = "spring")
interface PersonMapper {

    PersonView toView(Person person);

    RoleView toView(Role role);
}
