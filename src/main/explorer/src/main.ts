import './style.css';
import { actorsView, actorView } from './views/actors';
import { claimView } from './views/claim';
import { contradictionsView } from './views/contradictions';
import { searchView } from './views/search';
import { timelineView } from './views/timeline';
import { href } from './links';

const app = document.getElementById('app')!;

/** Hash routes, so that every view has a link of its own and the server serves one page. */
function route(): void {
  const [, view = '', ...rest] = location.hash.replace(/^#/, '').split('/');
  const arg = decodeURIComponent(rest.join('/'));
  document.querySelectorAll<HTMLAnchorElement>('[data-nav]').forEach((a) => {
    const active = a.dataset.nav === (view || 'search') || (a.dataset.nav === 'actors' && view === 'actor') || (a.dataset.nav === 'search' && view === 'claim');
    a.classList.toggle('active', active);
  });
  switch (view) {
    case 'claim': void claimView(app, arg); break;
    case 'actor': void actorView(app, arg); break;
    case 'actors': void actorsView(app); break;
    case 'contradictions': void contradictionsView(app); break;
    case 'timeline': void timelineView(app); break;
    case 'search': void searchView(app, arg); break;
    default: void searchView(app, '');
  }
}

document.getElementById('topsearch')!.addEventListener('submit', (e) => {
  e.preventDefault();
  const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
  location.hash = href.search(input.value.trim());
  input.value = '';
});
window.addEventListener('hashchange', route);
route();
