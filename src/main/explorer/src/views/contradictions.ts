import { localName, stored, type Row } from '../api';
import { failure, h, loading, show } from '../dom';
import { article, articleTitle, href, speaker } from '../links';
import { markedText } from '../text';
import { evidenceMarks } from './claim';

const KINDS: Record<string, string> = {
  ExplicitDenial: 'explicit denial',
  OpposingClaims: 'opposing claims',
  ConflictingCredit: 'conflicting credit',
  NumericConflict: 'numeric conflict',
  DivergentRetelling: 'divergent retelling',
};

export function kindLabel(kind: string): string {
  return KINDS[localName(kind)] ?? localName(kind);
}

/** One side of a pair: who, where, and the evidence span in its context. */
async function side(claimIri: string, evidenceSpan: string | undefined, label: string): Promise<HTMLElement> {
  const [rows, evidence] = await Promise.all([stored('claims', { claim: claimIri }), stored('claim-evidence', { claim: claimIri })]);
  const claim = rows[0];
  const art = claim ? await article(claim.article) : undefined;
  const content = evidence.filter((e) => e.part === 'content' && (!evidenceSpan || e.span === evidenceSpan));
  const marks = evidenceMarks(evidence.filter((e) => e.part !== 'content' || content.includes(e)));
  return h('div', { class: 'side' },
    h('div', { class: 'side-label' }, label),
    h('div', { class: 'claim-meta' }, speaker(claim?.source, claim?.sourceName), claim?.cue ? h('span', { class: 'cue' }, ` ${claim.cue}`) : null),
    art && marks.length ? markedText(art.text, marks, 160) : h('p', {}, claim?.text ?? ''),
    h('div', { class: 'side-foot' },
      h('span', { class: 'muted small' }, articleTitle(art)),
      content[0] ? h('span', { class: 'muted small' }, ` · ${content[0].start}–${content[0].end}`) : null,
      ' ', h('a', { href: href.claim(claimIri), class: 'small' }, 'open claim →')),
  );
}

export async function contradictionsView(app: HTMLElement): Promise<void> {
  show(app, loading('contradictions'));
  try {
    const pairs = await stored('contradictions');
    const cards = await Promise.all(pairs.map(async (p: Row) => h('article', { class: 'pair', 'data-kind': localName(p.kind) },
      h('header', { class: 'pair-head' },
        h('span', { class: `kind kind-${localName(p.kind)}` }, kindLabel(p.kind)),
        p.topic ? h('span', { class: 'topic' }, localName(p.topic).replace(/-/g, ' ')) : null,
        p.confidence ? h('span', { class: 'confidence', title: 'confidence' }, `${Math.round(Number(p.confidence) * 100)}%`) : null,
      ),
      p.explanation ? h('p', { class: 'explanation' }, p.explanation) : null,
      h('div', { class: 'sides' },
        await side(p.claimA, p.evidenceA, 'Claim A'),
        await side(p.claimB, p.evidenceB, 'Claim B')),
    )));
    show(app,
      h('h1', {}, 'Contradictions'),
      h('p', { class: 'lede' }, `${pairs.length} pairs of claims that conflict, most confident first. Claim A is the earlier or the denied claim, claim B the later one or the denial.`),
      cards);
  } catch (e) {
    show(app, failure(e));
  }
}
