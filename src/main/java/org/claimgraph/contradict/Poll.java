package org.claimgraph.contradict;

/**
 * A poll result a claim reports: which poll (the pollster as named, and the period or date when
 * given), which race (two actor IRIs in a fixed order, with names to show), among whom and where,
 * and the margin of the first over the second as an interval ("Clinton leads Trump 43 percent to 38
 * percent": [4, 6] once rounding of both shares is allowed for).
 */
public record Poll(String pollster, String first, String second, String firstName, String secondName,
                   String population, String place, String period, Interval margin, String phrase) {

    /** The measure: one poll's race among one population in one place. */
    String key() {
        return "poll|" + pollster + "|" + first + "|" + second + "|" + population + "|" + place;
    }

    /** Same poll, same race, same period, and margins that cannot both hold. */
    boolean conflictsWith(Poll o) {
        return key().equals(o.key()) && period.equals(o.period) && !margin.overlaps(o.margin);
    }

    /** For explanations: "Reuters/Ipsos poll, likely voters, as of friday". */
    String describe() {
        StringBuilder b = new StringBuilder(pollster).append(" poll");
        if (!population.isEmpty()) {
            b.append(", among ").append(population);
        }
        if (!place.isEmpty()) {
            b.append(", in ").append(place);
        }
        if (!period.isEmpty()) {
            b.append(", ").append(period);
        }
        return b.toString();
    }
}
