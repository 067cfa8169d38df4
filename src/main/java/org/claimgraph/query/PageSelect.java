package org.claimgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * A stored query that cuts its page before it builds its rows. Such a query starts its WHERE clause
 * with a sub-SELECT that has an ORDER BY (the page select): it selects only what orders and identifies
 * a row (IRIs and sort keys), one of its rows per result row, and the rest of the WHERE clause joins
 * names, texts and other attributes to those rows only. Paging then belongs on the page select, and
 * so do the bound parameters: a LIMIT on the outer query would come after every row had been built,
 * and a parameter joined after the cut would filter one page of everything instead of choosing what
 * is paged. The outer query repeats the ORDER BY, since joining and grouping do not keep row order.
 */
final class PageSelect {

    private PageSelect() {
    }

    /** The page select of {@code query}, if it has one. */
    static Optional<Query> of(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group && !group.isEmpty()
                && group.get(0) instanceof ElementSubQuery sub && sub.getQuery().hasOrderBy()) {
            return Optional.of(sub.getQuery());
        }
        return Optional.empty();
    }

    /**
     * {@code query} (which has a page select) with {@code binding} as a VALUES block at the head of the
     * page select's WHERE clause, and the page cut there; {@code query} is not changed. When the page
     * select projects every variable the query orders by, its rows are the query's rows, one for one,
     * and it takes the limit and the offset. Otherwise each of its rows stands for one or more of the
     * query's rows in the same order (an actor and its spellings), so it keeps its first offset + limit
     * rows and the query cuts its own page from what they give. The page select's own LIMIT and OFFSET,
     * if any, stay, and paging applies within them.
     */
    static Query cut(Query query, Binding binding, long limit, long offset) {
        Query page = of(query).orElseThrow(() -> new IllegalArgumentException("no page select")).cloneQuery();
        page.setQueryPattern(withValues(page.getQueryPattern(), withPageRows(page, binding, Math.addExact(limit, offset))));
        Query bound = query.cloneQuery();
        if (rowForRow(query, page)) {
            limit(page, limit, offset);
        } else {
            limit(page, Math.addExact(limit, offset), 0);
            limit(bound, limit, offset);
        }
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(page));
        List<Element> rest = ((ElementGroup) query.getQueryPattern()).getElements();
        rest.subList(1, rest.size()).forEach(where::addElement);
        bound.setQueryPattern(where);
        return bound;
    }

    /**
     * {@code binding} with {@link PageFunctions#PAGE_ROWS} bound to the rows the page needs, when the page
     * select reads it (it calls a page function, which then stops once it has them).
     */
    private static Binding withPageRows(Query page, Binding binding, long rows) {
        if (!PatternVars.vars(page.getQueryPattern()).contains(PageFunctions.PAGE_ROWS)) {
            return binding;
        }
        return BindingFactory.binding(binding, PageFunctions.PAGE_ROWS,
                NodeFactory.createLiteralDT(Long.toString(rows), XSDDatatype.XSDinteger));
    }

    /** Whether the page select projects every variable {@code query} orders by. */
    static boolean rowForRow(Query query, Query page) {
        return query.hasOrderBy() && query.getOrderBy().stream().allMatch(
                c -> c.getExpression().isVariable() && page.getProjectVars().contains(c.getExpression().asVar()));
    }

    private static void limit(Query q, long limit, long offset) {
        if (!q.hasLimit() || q.getLimit() > limit) {
            q.setLimit(limit);
        }
        if (offset > 0) {
            q.setOffset(q.hasOffset() ? q.getOffset() + offset : offset);
        }
    }

    /**
     * {@code pattern} with {@code binding} as a VALUES block at its head, the pattern's elements after it
     * in the same order, so filters and optionals keep their scope. An empty binding leaves it as it is.
     */
    static Element withValues(Element pattern, Binding binding) {
        if (binding.isEmpty()) {
            return pattern;
        }
        List<Var> vars = new ArrayList<>();
        binding.vars().forEachRemaining(vars::add);
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(vars, List.of(binding)));
        if (pattern instanceof ElementGroup group) {
            group.getElements().forEach(where::addElement);
        } else {
            where.addElement(pattern);
        }
        return where;
    }
}
