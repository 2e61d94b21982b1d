// Builds the explorer (client/) and the /embed page into dist/ at the repository root; the server serves both.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(`client/${name}`, import.meta.url));

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      input: { main: page('index.html'), embed: page('embed.html') },
    },
  },
});
