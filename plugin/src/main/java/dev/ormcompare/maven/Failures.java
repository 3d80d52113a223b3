package dev.ormcompare.maven;

import dev.ormcompare.site.Problem;
import dev.ormcompare.site.RenderSettings;
import org.apache.maven.plugin.MojoFailureException;

import java.util.List;

/** Turns the problems that fail a build into one message that lists each with its file and line. */
final class Failures {

    private Failures() {
    }

    static MojoFailureException of(List<Problem> failures, RenderSettings settings) {
        StringBuilder message = new StringBuilder()
                .append(failures.size() == 1 ? "1 problem" : failures.size() + " problems")
                .append(" in the docs (failOn=").append(settings.failOn()).append("):");
        for (Problem problem : failures) {
            message.append("\n  ").append(problem.describe(settings.baseDirectory()));
        }
        return new MojoFailureException(message.toString());
    }
}
