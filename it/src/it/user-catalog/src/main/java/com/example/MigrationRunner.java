package com.example;

import java.util.ArrayList;
import java.util.List;

/** A stand-in for a migration library, so this sample compiles on its own. */
public final class MigrationRunner {

    private final String location;
    private final List<String> applied = new ArrayList<>();

    public MigrationRunner(String location) {
        this.location = location;
    }

    public int migrate() {
        applied.add(location + "/V2__add_user_age.sql");
        return applied.size();
    }
}
