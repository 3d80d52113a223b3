package dev.ormcompare.catalog.java.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Result;
import org.apache.ibatis.annotations.Select;

/** Categories with their parent, mapped through nested properties. */
public interface CategoryMapper {

    // tag::self-referential[]
    @Select("""
            SELECT c.id, c.name, parent.id AS parent_id, parent.name AS parent_name
            FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id
            ORDER BY c.id""")
    @Result(property = "parent.id", column = "parent_id")
    @Result(property = "parent.name", column = "parent_name")
    List<Category> findAllWithParent();   // parent stays null at the top
    // end::self-referential[]
}
