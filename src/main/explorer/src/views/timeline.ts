import { localName, stored, type Row } from '../api';
import { failure, h, loading, show } from '../dom';
import { claimCard } from '../links';

interface Event { iri: string; type: string; label: string; date: string; placeName: string; claims: Row[] }

export async function timelineView(app: HTMLElement): Promise<void> {
  show(app, loading('the timeline'));
  try {
    const rows = await stored('event-timeline');
    const events = new Map<string, Event>();
    for (const r of rows) {
      const e = events.get(r.event) ?? { iri: r.event, type: localName(r.type), label: r.label ?? localName(r.event), date: r.date ?? '', placeName: r.placeName ?? '', claims: [] };
      if (r.claim && !e.claims.some((c) => c.claim === r.claim)) e.claims.push(r);
      events.set(r.event, e);
    }
    // Dated events first, in date order; the rest after them, by label.
    const all = [...events.values()].sort((a, b) =>
      a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : a.label.localeCompare(b.label));
    show(app,
      h('h1', {}, 'Event timeline'),
      h('p', { class: 'lede' }, `${all.length} events the claims are about, dated as precisely as an article says (day, month or year).`),
      h('ol', { class: 'timeline' }, all.map((e) => h('li', { class: 'event', 'data-event': e.iri },
        h('div', { class: 'when' }, e.date || 'date unknown'),
        h('div', { class: 'what' },
          h('div', {}, h('span', { class: `etype etype-${e.type}` }, e.type), ' ', h('strong', {}, e.label.replace(/^[A-Za-z]+: /, '')),
            e.placeName ? h('span', { class: 'muted' }, ` · ${e.placeName}`) : null),
          e.claims.length
            ? h('details', {}, h('summary', {}, `${e.claims.length} claim${e.claims.length === 1 ? '' : 's'} about it`),
                h('ul', { class: 'claim-list' }, e.claims.map((c) => claimCard({ ...c, source: '' }))))
            : h('div', { class: 'muted small' }, 'no claim about it'),
        )))),
    );
  } catch (e) {
    show(app, failure(e));
  }
}
