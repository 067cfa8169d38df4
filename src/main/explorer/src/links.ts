import { localName, stored, type Row } from './api';
import { h } from './dom';
import { withTerm } from './text';

export const href = {
  search: (q: string) => `#/search/${encodeURIComponent(q)}`,
  claim: (iri: string) => `#/claim/${encodeURIComponent(iri)}`,
  actor: (iri: string) => `#/actor/${encodeURIComponent(iri)}`,
};

export function isActor(iri: string | undefined): boolean {
  return !!iri && /\/actor\//.test(iri);
}

const COPY_KINDS: Record<string, string> = {
  MachineTranslation: 'machine translation',
  Translation: 'translation',
  SpunCopy: 'spun copy',
  Reprint: 'reprint',
};

export function copyKindLabel(iri: string | undefined): string {
  const name = localName(iri);
  return COPY_KINDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** One article's row of the article stored query (with its text). */
export async function article(iri: string): Promise<Row | undefined> {
  return (await stored('article', { article: iri }))[0];
}

export function articleTitle(a: Row | undefined): string {
  if (!a) return 'Unknown article';
  if (a.headline) return a.headline;
  const who = a.originalReporterName ? `${a.originalReporterName} story` : 'Untitled article';
  return `${who}${a.copyKind ? ` (${copyKindLabel(a.copyKind)})` : ''}`;
}

/** A line under an article's title: publisher, date, how it was copied, from which file. */
export function articleByline(a: Row | undefined): HTMLElement {
  if (!a) return h('span');
  const parts: (string | HTMLElement)[] = [];
  if (a.publisherName) parts.push(a.publisherName);
  if (a.published) parts.push(a.published);
  if (a.copyKind) parts.push(`${copyKindLabel(a.copyKind)}${a.originalReporterName ? ` of ${a.originalReporterName}` : ''}`);
  else if (a.originalReporterName) parts.push(`report by ${a.originalReporterName}`);
  if (a.origin) parts.push(h('code', {}, a.origin));
  const line = h('span', { class: 'byline' });
  parts.forEach((p, i) => {
    if (i > 0) line.append(' · ');
    line.append(p);
  });
  return line;
}

/** A speaker's name, linked to its actor page when it is a named actor. */
export function speaker(iri: string | undefined, name: string | undefined): HTMLElement {
  const label = name || localName(iri) || 'unknown source';
  return isActor(iri)
    ? h('a', { class: 'speaker', href: href.actor(iri!) }, label)
    : h('span', { class: 'speaker anonymous', title: 'unnamed source' }, label);
}

/** A claim in a result list: its content, then who said it with which cue. */
export function claimCard(row: Row, term = '', extra?: HTMLElement): HTMLElement {
  return h('li', { class: 'claim-card', 'data-claim': row.claim },
    h('a', { class: 'claim-link', href: href.claim(row.claim) }, withTerm(row.text, term)),
    h('div', { class: 'claim-meta' },
      '— ', speaker(row.source, row.sourceName),
      row.cue ? h('span', { class: 'cue' }, ` ${row.cue}`) : null,
      extra ?? null,
    ),
  );
}
