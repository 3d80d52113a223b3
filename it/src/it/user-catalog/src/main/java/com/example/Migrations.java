package com.example;

/** How this application applies its migrations; the docs show the tagged part. */
public final class Migrations {

    private Migrations() {
    }

    public static void main(String[] args) {
        // tag::apply[]
        MigrationRunner runner = new MigrationRunner("classpath:db/migration");
        int applied = runner.migrate();
        System.out.println("Applied " + applied + " migration(s)");
        // end::apply[]
    }
}
