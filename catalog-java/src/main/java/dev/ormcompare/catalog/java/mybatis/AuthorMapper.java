package dev.ormcompare.catalog.java.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Statements on {@code authors}: SQL in annotations; the result maps with joins are in AuthorMapper.xml. */
public interface AuthorMapper {

    // tag::insert-one[]
    @Insert("INSERT INTO authors (name, email) VALUES (#{name}, #{email})")
    @Options(useGeneratedKeys = true, keyProperty = "id")   // sets author.id
    int insert(Author author);
    // end::insert-one[]

    // tag::insert-many[]
    @Insert("""
            <script>
            INSERT INTO authors (name, email) VALUES
            <foreach collection="authors" item="a" separator=",">(#{a.name}, #{a.email})</foreach>
            </script>""")
    int insertAll(List<Author> authors);
    // end::insert-many[]

    // tag::fetch-by-pk[]
    @Select("SELECT * FROM authors WHERE id = #{id}")
    Author findById(long id);   // null when there is none
    // end::fetch-by-pk[]

    // tag::update-one[]
    @Update("UPDATE authors SET name = #{name} WHERE id = #{id}")
    int rename(long id, String name);
    // end::update-one[]

    // tag::upsert[]
    @Update("""
            MERGE INTO authors a
            USING (VALUES (#{name}, #{email})) AS v (name, email) ON a.email = v.email
            WHEN MATCHED THEN UPDATE SET name = v.name
            WHEN NOT MATCHED THEN INSERT (name, email) VALUES (v.name, v.email)""")
    int upsert(Author author);
    // end::upsert[]

    // tag::exists[]
    @Select("""
            SELECT * FROM authors a
            WHERE EXISTS (SELECT 1 FROM posts p WHERE p.author_id = a.id AND p.published)""")
    List<Author> findWithPublishedPosts();
    // end::exists[]

    // tag::one-to-one[]
    List<Author> findAllWithProfile();   // result map "authorWithProfile" in AuthorMapper.xml
    // end::one-to-one[]

    // tag::one-to-many[]
    List<Author> findAllWithPosts();   // result map "authorWithPosts" in AuthorMapper.xml
    // end::one-to-many[]

    // tag::nested-relations[]
    List<Author> findAllWithPostsAndTags();   // posts with their tags, nested in AuthorMapper.xml
    // end::nested-relations[]
}
