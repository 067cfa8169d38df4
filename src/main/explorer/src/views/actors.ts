import { stored, type Row } from '../api';
import { failure, h, loading, show } from '../dom';
import { article, articleTitle, claimCard, href } from '../links';

export async function actorsView(app: HTMLElement): Promise<void> {
  show(app, loading('actors'));
  try {
    const rows = await stored('actors');
    const actors = new Map<string, { name: string; aliases: string[] }>();
    for (const r of rows) {
      const a = actors.get(r.actor) ?? { name: r.name, aliases: [] };
      if (r.alias !== r.name) a.aliases.push(r.alias);
      actors.set(r.actor, a);
    }
    const filter = h('input', { type: 'search', placeholder: 'Filter by name or spelling…', 'aria-label': 'Filter actors' }) as HTMLInputElement;
    const list = h('ul', { class: 'actor-list' }, [...actors].map(([iri, a]) => h('li', { 'data-names': [a.name, ...a.aliases].join(' ').toLowerCase() },
      h('a', { href: href.actor(iri) }, a.name),
      a.aliases.length ? h('span', { class: 'muted small' }, ` also ${a.aliases.join(', ')}`) : null)));
    filter.addEventListener('input', () => {
      const needle = filter.value.toLowerCase();
      for (const li of Array.from(list.children) as HTMLElement[]) li.hidden = !li.dataset.names!.includes(needle);
    });
    show(app, h('h1', {}, 'Actors'), h('p', { class: 'lede' }, `${actors.size} people, organisations, outlets and places the graph knows by name.`), filter, list);
  } catch (e) {
    show(app, failure(e));
  }
}

export async function actorView(app: HTMLElement, iri: string): Promise<void> {
  show(app, loading('the actor'));
  try {
    const [names, claims] = await Promise.all([stored('actors', { actor: iri }), stored('actor-claims', { actor: iri })]);
    const name = names[0]?.name ?? claims[0]?.actorName ?? iri;
    const aliases = [...new Set(names.map((n) => n.alias))];
    const said = claims.filter((c) => c.relation === 'said');
    const about = claims.filter((c) => c.relation === 'about');
    const articles = new Map<string, Row | undefined>();
    await Promise.all([...new Set(claims.map((c) => c.article))].map(async (a) => articles.set(a, await article(a))));
    const column = (title: string, rows: Row[], empty: string) => h('section', { class: 'panel column' },
      h('h2', {}, `${title} (${rows.length})`),
      rows.length
        ? h('ul', { class: 'claim-list' }, rows.map((r) => claimCard(r, '', h('div', { class: 'muted small' }, articleTitle(articles.get(r.article))))))
        : h('p', { class: 'muted' }, empty));
    show(app,
      h('nav', { class: 'crumbs' }, h('a', { href: '#/actors' }, 'Actors'), ' › ', name),
      h('h1', { class: 'actor-name' }, name),
      h('div', { class: 'aliases' }, h('span', { class: 'label' }, 'Known as: '), aliases.map((a) => h('span', { class: 'chip alias' }, a))),
      h('p', { class: 'muted small' }, h('code', {}, iri)),
      h('div', { class: 'columns' },
        column('Claims by ' + name, said, 'No claim is attributed to this actor.'),
        column('Claims about ' + name, about, 'No claim is about this actor.')),
    );
  } catch (e) {
    show(app, failure(e));
  }
}
