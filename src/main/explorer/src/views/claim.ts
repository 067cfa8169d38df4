import { localName, stored, type Row } from '../api';
import { chainDiagram } from '../chain';
import { failure, h, loading, show } from '../dom';
import { article, articleByline, articleTitle, href, speaker } from '../links';
import { markedText, type Mark } from '../text';
import { kindLabel } from './contradictions';

export function evidenceMarks(evidence: Row[]): Mark[] {
  return evidence.map((e) => ({ start: Number(e.start), end: Number(e.end), kind: e.part as Mark['kind'] }));
}

export async function claimView(app: HTMLElement, iri: string): Promise<void> {
  show(app, loading('the claim'));
  try {
    const [rows, evidence, hops, contradictions] = await Promise.all([
      stored('claims', { claim: iri }),
      stored('claim-evidence', { claim: iri }),
      stored('attribution-chain', { claim: iri }),
      stored('contradictions'),
    ]);
    const claim = rows[0];
    if (!claim) {
      show(app, h('div', { class: 'error' }, 'No claim ', h('code', {}, iri), ' in this store.'));
      return;
    }
    const art = await article(claim.article);
    const marks = evidenceMarks(evidence);
    const text = art ? markedText(art.text, marks) : h('p', {}, 'The article text is not in the store.');
    const page = { title: articleTitle(art), caption: art?.publisherName ? `page · ${art.publisherName}` : 'the page' };
    const conflicts = contradictions.filter((c) => c.claimA === iri || c.claimB === iri);

    show(app,
      h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, 'Search'), ' › claim'),
      h('section', { class: 'claim-head' },
        h('blockquote', { class: 'claim-text' }, claim.text),
        h('p', { class: 'claim-meta big' }, '— ', speaker(claim.source, claim.sourceName),
          claim.cue ? h('span', { class: 'cue' }, ` (${claim.cue})`) : null),
        h('p', { class: 'in-article' }, 'in ', h('strong', {}, articleTitle(art)), h('br'), articleByline(art)),
      ),
      h('section', { class: 'panel' },
        h('h2', {}, 'How it reached the page'),
        h('div', { class: 'chain-wrap' }, chainDiagram(hops, page, (agent) => { location.hash = href.actor(agent); })),
        hops.length === 0 ? h('p', { class: 'muted' }, 'No chain of attribution recorded.') : null,
      ),
      conflicts.length > 0
        ? h('section', { class: 'panel conflicts' },
            h('h2', {}, `Contradicted by ${conflicts.length} claim${conflicts.length === 1 ? '' : 's'}`),
            h('ul', { class: 'claim-list' }, conflicts.map((c) => {
              const other = c.claimA === iri ? { claim: c.claimB, text: c.textB } : { claim: c.claimA, text: c.textA };
              return h('li', { class: 'claim-card' },
                h('span', { class: `kind kind-${localName(c.kind)}` }, kindLabel(c.kind)), ' ',
                h('a', { class: 'claim-link', href: href.claim(other.claim) }, other.text),
                c.explanation ? h('div', { class: 'muted small' }, c.explanation) : null);
            })))
        : null,
      h('section', { class: 'panel' },
        h('h2', {}, 'In the article'),
        h('p', { class: 'legend' },
          h('mark', { class: 'hl-source' }, 'source'), ' ', h('mark', { class: 'hl-cue' }, 'cue'), ' ',
          h('mark', { class: 'hl-content' }, 'content'),
          h('span', { class: 'muted small' }, evidence.length
            ? ` · offsets ${evidence.map((e) => `${e.part} ${e.start}–${e.end}`).join(', ')} (code points)` : ' · no evidence spans')),
        h('div', { class: 'article-scroll' }, text),
      ),
    );
    app.querySelector('.article-scroll mark.hl-content')?.scrollIntoView({ block: 'center' });
    window.scrollTo(0, 0);
  } catch (e) {
    show(app, failure(e));
  }
}
