public class Seed {
    // tag::seed[]
    static void seed() {}
    // end::seed[]
}
