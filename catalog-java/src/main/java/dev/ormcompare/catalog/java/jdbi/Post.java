package dev.ormcompare.catalog.java.jdbi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code posts}; {@code published_on} fills {@code publishedOn} (snake case is matched). */
// tag::field-types[]
public record Post(
        long id,
        long authorId,
        Long categoryId,        // nullable: a boxed type
        String title,
        String body,            // TEXT
        int views,              // INTEGER
        int likes,
        BigDecimal rating,      // NUMERIC(3, 1)
        boolean published,      // BOOLEAN
        LocalDate publishedOn)  // DATE
{
}
// end::field-types[]
