package org.claimgraph.query;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Prologue;

/** How query results are written: a text table for people, CSV/TSV for spreadsheets, SPARQL JSON for programs. */
public enum ResultFormat {
    TABLE("text/plain"),
    CSV("text/csv"),
    TSV("text/tab-separated-values"),
    JSON("application/sparql-results+json");

    private final String contentType;

    ResultFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** By name, ignoring case: table, csv, tsv, json. */
    public static ResultFormat named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + name + "'; use table, csv, tsv or json");
        }
    }

    /** Writes all of {@code results}; the table abbreviates IRIs with the query's prefixes. */
    public void write(OutputStream out, ResultSet results, Prologue prologue) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, prologue);
            case CSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, results, ResultSetLang.RS_JSON);
        }
    }
}
