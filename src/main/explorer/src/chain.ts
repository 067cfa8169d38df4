import { localName, type Row } from './api';
import { s } from './dom';

const ROLE_LABELS: Record<string, string> = {
  Said: 'said',
  QuotedBy: 'quoted by',
  ToldTo: 'told to',
  ReportedBy: 'reported by',
  CitedBy: 'cited by',
  TranslatedBy: 'translated by',
  ReprintedBy: 'reprinted by',
  PublishedBy: 'published by',
};

export function roleLabel(role: string): string {
  const name = localName(role);
  return ROLE_LABELS[name] ?? name;
}

const NODE_W = 176;
const NODE_H = 70;
const GAP = 96;
const PAD = 12;

/** Up to two lines of at most `width` characters, the last one cut with an ellipsis. */
function lines(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  if (out.length > 2) {
    out.length = 2;
    out[1] = out[1].slice(0, width - 1) + '…';
  }
  return out.map((l) => (l.length > width ? l.slice(0, width - 1) + '…' : l));
}

export interface PageNode {
  title: string;
  caption: string;
}

/**
 * The chain of attribution as an SVG diagram, left to right: the speaker (depth 0), each relay, and
 * the page it was read on. `hops` are rows of the attribution-chain stored query for one claim.
 */
export function chainDiagram(hops: Row[], page: PageNode, onAgent: (agent: string) => void): SVGElement {
  const ordered = [...hops].sort((a, b) => Number(a.depth) - Number(b.depth));
  const count = ordered.length + 1;
  const width = PAD * 2 + count * NODE_W + (count - 1) * GAP;
  const height = PAD * 2 + NODE_H + 8;
  const svg = s('svg', {
    class: 'chain',
    viewBox: `0 0 ${width} ${height}`,
    width,
    role: 'img',
    'aria-label': 'Chain of attribution: ' + ordered.map((hop) => hop.agentName).join(' → ') + ' → ' + page.title,
  });
  svg.append(
    s('defs', {},
      s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
        s('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' }))),
  );
  const y = PAD + 4;
  const boxes = [
    ...ordered.map((hop) => ({
      title: hop.agentName || localName(hop.agent),
      caption: Number(hop.depth) === 0 ? 'speaker' : `relay ${hop.depth}`,
      hop,
    })),
    { title: page.title, caption: page.caption, hop: undefined as Row | undefined },
  ];
  boxes.forEach((box, i) => {
    const x = PAD + i * (NODE_W + GAP);
    if (i > 0) {
      const x0 = x - GAP;
      const label = box.hop ? roleLabel(box.hop.role) : 'on the page';
      svg.append(
        s('line', { x1: x0 + 2, y1: y + NODE_H / 2, x2: x - 4, y2: y + NODE_H / 2, class: 'edge', 'marker-end': 'url(#arrow)' }),
        s('text', { x: x0 + GAP / 2, y: y + NODE_H / 2 - 8, class: 'edge-label', 'text-anchor': 'middle' }, label),
      );
    }
    const isActor = box.hop !== undefined && /\/actor\//.test(box.hop.agent);
    const kind = box.hop === undefined ? 'chain-page' : Number(box.hop.depth) === 0 ? 'chain-hop chain-speaker' : 'chain-hop';
    const group = s('g', {
      class: `${kind}${isActor ? ' linkable' : ''}`,
      'data-depth': box.hop?.depth,
      'data-agent': box.hop?.agent,
      tabindex: isActor ? 0 : undefined,
    });
    if (isActor && box.hop) {
      const agent = box.hop.agent;
      group.addEventListener('click', () => onAgent(agent));
      group.addEventListener('keydown', (e) => {
        if ((e as KeyboardEvent).key === 'Enter') onAgent(agent);
      });
    }
    group.append(s('rect', { x, y, width: NODE_W, height: NODE_H, rx: 10, class: 'node' }));
    const titleLines = lines(box.title, 22);
    const top = y + (titleLines.length === 1 ? 30 : 22);
    titleLines.forEach((l, j) => {
      group.append(s('text', { x: x + NODE_W / 2, y: top + j * 17, class: 'node-title', 'text-anchor': 'middle' }, l));
    });
    group.append(s('text', { x: x + NODE_W / 2, y: y + NODE_H - 9, class: 'node-caption', 'text-anchor': 'middle' }, box.caption));
    group.append(s('title', {}, `${box.title} (${box.caption})`));
    svg.append(group);
  });
  return svg;
}
