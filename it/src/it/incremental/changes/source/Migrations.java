package com.example;

class Migrations {
    // tag::apply[]
    void applySecond() {
    }
    // end::apply[]
}
