package dk.evalsite.site;

import java.util.Optional;

/**
 * One stage of the build: takes what the stage before it made and makes what the next one needs.
 * Its problems go to the build's diagnostics, tagged with the stage's name by {@link Pipeline}; it
 * returns empty when they must stop the build.
 */
interface Stage<I, O> {
  Optional<O> run(I input);
}
