import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vite';

// Built into console/dist and served by the api at /; in development `vite` proxies the api.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: {
    proxy: {
      '/graphql': 'http://localhost:3000',
      '/session': 'http://localhost:3000',
      '/auth': 'http://localhost:3000',
    },
  },
});
