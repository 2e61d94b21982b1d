// Builds the explorer (client/) into dist/ at the repository root, which the Express server serves at `/`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  publicDir: 'public',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
});
