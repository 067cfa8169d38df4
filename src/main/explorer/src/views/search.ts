import { stored, type Row } from '../api';
import { failure, h, loading, show } from '../dom';
import { article, articleByline, articleTitle, claimCard, href } from '../links';

const SUGGESTIONS = ['Qaani', 'Sudani', 'Reuters', 'Kataib Hezbollah', 'ceasefire'];

function searchForm(q: string): HTMLElement {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'a word, a name, a source…', 'aria-label': 'Search claims', autofocus: true }) as HTMLInputElement;
  const form = h('form', { class: 'bigsearch', role: 'search' }, input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = href.search(input.value.trim());
  });
  return form;
}

export async function searchView(app: HTMLElement, q: string): Promise<void> {
  const intro = h('section', { class: 'intro' },
    h('h1', {}, 'Who said it, through whom, and who contradicts it'),
    h('p', { class: 'lede' }, 'Search the claims by their words, by who made them, by whom they are about, or by the outlets that relayed them. Spellings count: "Qaani" also finds "Qani" and "Khani".'),
    searchForm(q),
    h('p', { class: 'suggest' }, 'Try: ', SUGGESTIONS.map((t, i) => [i ? ', ' : '', h('a', { href: href.search(t) }, t)])),
  );
  if (!q) {
    show(app, intro, h('div', { class: 'home-cards' },
      homeCard('#/contradictions', 'Contradictions', 'Pairs of claims that conflict, side by side with their evidence.'),
      homeCard('#/actors', 'Actors', 'People, organisations and outlets, with their spellings and what they said.'),
      homeCard('#/timeline', 'Timeline', 'The events the claims are about, in date order.'),
    ));
    return;
  }
  const results = h('section', { class: 'results' }, loading('claims'));
  show(app, intro, results);
  try {
    const [claims, actors] = await Promise.all([stored('claim-search', { term: q }), stored('actors')]);
    const needle = q.toLowerCase();
    const matchingActors = new Map<string, string>();
    for (const a of actors) if (a.alias.toLowerCase().includes(needle)) matchingActors.set(a.actor, a.name);
    const byArticle = new Map<string, Row[]>();
    for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
    const articles = await Promise.all([...byArticle.keys()].map(article));
    show(results,
      matchingActors.size > 0
        ? h('div', { class: 'actor-chips' }, h('span', { class: 'label' }, 'Actors: '),
            [...matchingActors].map(([iri, name]) => h('a', { class: 'chip', href: href.actor(iri) }, name)))
        : null,
      claims.length === 0
        ? h('p', { class: 'result-count' }, `No claim matches “${q}” in its words, its speaker, the actors it is about or its relays. Try a shorter word or one of the suggestions.`)
        : h('h2', { class: 'result-count' }, `${claims.length} claim${claims.length === 1 ? '' : 's'} matching “${q}” in ${byArticle.size} article${byArticle.size === 1 ? '' : 's'}`),
      [...byArticle.values()].map((rows, i) => h('div', { class: 'article-group' },
        h('h3', {}, articleTitle(articles[i])), articleByline(articles[i]),
        h('ul', { class: 'claim-list' }, rows.map((r) => claimCard(r, q, matchedIn(r.matchedIn)))),
      )),
    );
  } catch (e) {
    show(results, failure(e));
  }
}

const MATCH_LABELS: Record<string, string> = {
  speaker: 'matching speaker',
  about: 'about a matching actor',
  relay: 'relayed by a match',
};

/** Why a claim whose own words lack the term was found: its speaker, its topic or a relay. */
function matchedIn(fields: string | undefined): HTMLElement | undefined {
  const found = (fields ?? '').split(',').filter(Boolean);
  if (found.length === 0 || found.includes('text')) return undefined;
  return h('span', { class: 'matched' }, found.map((f) => h('span', { class: 'tag' }, MATCH_LABELS[f] ?? f)));
}

function homeCard(link: string, title: string, text: string): HTMLElement {
  return h('a', { class: 'home-card', href: link }, h('strong', {}, title), h('span', {}, text));
}
