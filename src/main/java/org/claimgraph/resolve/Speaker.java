package org.claimgraph.resolve;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who a source mention stands for, as far as one article tells.
 *
 * @param mention     the mention as written ("Sudani's foreign affairs advisor Farhad Alaadin", "he")
 * @param name        the actor's name when the mention names one ("Farhad Alaadin"), else empty
 * @param description for unnamed sources, how they are described ("a senior Iraqi security official")
 * @param count       how many people an unnamed description stands for ("five of the sources" gives 5)
 */
public record Speaker(String mention, Optional<String> name, String description, OptionalInt count) {

    public boolean isNamed() {
        return name.isPresent();
    }

    /** The label a person reading the graph should see. */
    public String label() {
        return name.orElse(description);
    }
}
