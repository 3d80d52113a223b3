package dev.ormcompare.catalog;

/** What a catalog holds for one topic and one ORM: code, or the reason there is none. */
public sealed interface Cell permits Snippet, Gap {
}
