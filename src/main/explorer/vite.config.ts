import { defineConfig } from 'vite';

// The bundle goes straight onto the Maven class path, where ExplorerFiles serves it at "/".
// Relative asset paths: the page works under any mount point.
export default defineConfig({
  base: './',
  build: {
    // Relative to this folder (Vite's root).
    outDir: '../../../target/classes/explorer',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    // `npm run dev` against a running `claimgraph serve` (default port 3030).
    proxy: { '/claims': 'http://127.0.0.1:3030' },
  },
});
