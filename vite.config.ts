// Builds the explorer (client/), the /embed page and the /studio page into dist/ at the repository root; the server serves them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`client/${name}`, import.meta.url));

/** The Express server `npm run dev` starts; `npm run dev:client` sends the page's /api calls to it. */
const API_SERVER = process.env.API_SERVER ?? 'http://127.0.0.1:3000';

/**
 * The chunk the explorer and the embed load first (sigma, graphology and the client code only they share) is called
 * vendor-*.js. Only its name is chosen here: the chunks themselves stay as the bundler splits them, so the lazily
 * loaded layout worker keeps its own chunks and the first load does not grow, and the client code the studio shares
 * with them (it draws no graph) comes in chunks of its own, so the studio loads no sigma.
 */
function chunkName(chunk: { isDynamicEntry: boolean; moduleIds: string[] }): string {
  const holdsSigma = chunk.moduleIds.some((id) => /node_modules[\\/]sigma[\\/]/.test(id));
  return !chunk.isDynamicEntry && holdsSigma
    ? 'assets/vendor-[hash].js'
    : 'assets/[name]-[hash].js';
}

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  server: { proxy: { '/api': API_SERVER } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      input: {
        main: page('index.html'),
        embed: page('embed.html'),
        studio: page('studio.html'),
      },
      output: { chunkFileNames: chunkName },
    },
  },
});
