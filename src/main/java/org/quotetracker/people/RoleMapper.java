package org.quotetracker.people;

import org.mapstruct.Mapper;

@Mapper(componentModel = "spring")
interface RoleMapper {

    RoleView toView(Role role);
}
