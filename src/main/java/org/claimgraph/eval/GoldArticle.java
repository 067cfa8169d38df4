package org.claimgraph.eval;

import java.util.List;

/**
 * An article of the corpus with its gold attributions.
 *
 * @param name  the text file's name without ".txt"
 * @param text  the text exactly as read (UTF-8), which all spans index in UTF-16 units
 */
public record GoldArticle(String name, String text, List<GoldAttribution> gold) {

    public GoldArticle {
        gold = List.copyOf(gold);
    }
}
