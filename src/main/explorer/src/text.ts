import { h } from './dom';

/** A stretch of article text to mark, in Unicode code points as the graph counts them (end exclusive). */
export interface Mark {
  start: number;
  end: number;
  kind: 'content' | 'cue' | 'source' | 'term';
}

/**
 * The article text with `marks` wrapped in <mark> elements. Offsets are code points, not UTF-16 units:
 * text outside the Basic Multilingual Plane would shift every later span otherwise.
 * With `context`, only that many code points around the marks are shown, cut at a space.
 */
export function markedText(text: string, marks: Mark[], context?: number): HTMLElement {
  const points = Array.from(text);
  let from = 0;
  let to = points.length;
  if (context !== undefined && marks.length > 0) {
    from = Math.max(0, Math.min(...marks.map((m) => m.start)) - context);
    to = Math.min(points.length, Math.max(...marks.map((m) => m.end)) + context);
    while (from > 0 && !/\s/.test(points[from - 1])) from--;
    while (to < points.length && !/\s/.test(points[to])) to++;
  }
  const cuts = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = h('div', { class: context === undefined ? 'article-text' : 'snippet' });
  if (from > 0) out.append('… ');
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const piece = points.slice(a, b).join('');
    const covering = marks.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      out.append(piece);
    } else {
      const kinds = [...new Set(covering.map((m) => m.kind))];
      out.append(h('mark', { class: kinds.map((k) => `hl-${k}`).join(' '), 'data-start': a, 'data-end': b }, piece));
    }
  }
  if (to < points.length) out.append(' …');
  return out;
}

/** Where `term` occurs in `text`, case-insensitively, as code-point marks. */
export function termMarks(text: string, term: string): Mark[] {
  const needle = term.trim().toLowerCase();
  if (!needle) return [];
  const marks: Mark[] = [];
  const haystack = text.toLowerCase();
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const start = Array.from(text.slice(0, at)).length;
    marks.push({ start, end: start + Array.from(needle).length, kind: 'term' });
    at = haystack.indexOf(needle, at + needle.length);
  }
  return marks;
}

/** The text with occurrences of `term` marked; for result lists. */
export function withTerm(text: string, term: string): HTMLElement {
  const marks = termMarks(text, term);
  const el = markedText(text, marks);
  el.className = 'inline-text';
  return el;
}
