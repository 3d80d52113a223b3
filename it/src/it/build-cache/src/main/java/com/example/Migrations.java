package com.example;

class Migrations {
    // tag::apply[]
    void applyFirst() {
    }
    // end::apply[]
}
