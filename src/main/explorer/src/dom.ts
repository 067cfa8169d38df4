// A few lines instead of a framework: elements built from tag, attributes and children.

type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | EventListener | undefined | null>;

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

function set(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  set(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  set(el, attrs);
  append(el, children);
  return el;
}

/** Replaces the content of `target` with `children`. */
export function show(target: Element, ...children: Child[]): void {
  target.replaceChildren();
  append(target, children);
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading' }, `Loading ${what}…`);
}

export function failure(error: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, 'Could not load: ', String(error instanceof Error ? error.message : error));
}
