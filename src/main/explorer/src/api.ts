// The page's only data source: the stored-query API of the server that served it.

/** One result row: variable name to the value's lexical form (IRI or literal text). */
export type Row = Record<string, string>;

const cache = new Map<string, Promise<Row[]>>();

/** Runs stored query `name` with `params` (SPARQL JSON results), once per distinct call. */
export function stored(name: string, params: Record<string, string> = {}): Promise<Row[]> {
  const search = new URLSearchParams(params).toString();
  const url = `/claims/stored/${encodeURIComponent(name)}${search ? `?${search}` : ''}`;
  let rows = cache.get(url);
  if (!rows) {
    rows = fetchRows(url);
    cache.set(url, rows);
    // A failed call is not remembered, so that a retry asks again.
    rows.catch(() => cache.delete(url));
  }
  return rows;
}

interface SparqlJson {
  results: { bindings: Record<string, { value: string }>[] };
}

async function fetchRows(url: string): Promise<Row[]> {
  const response = await fetch(url, { headers: { Accept: 'application/sparql-results+json' } });
  if (!response.ok) {
    throw new Error(`${response.status} from ${url}: ${(await response.text()).trim()}`);
  }
  const json = (await response.json()) as SparqlJson;
  return json.results.bindings.map((b) =>
    Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])),
  );
}

/** The part after '#' or the last '/': the readable name of an ontology term. */
export function localName(iri: string | undefined): string {
  if (!iri) return '';
  return iri.replace(/^.*[#/]/, '');
}
