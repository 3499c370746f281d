import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the built site works from any static host and from a sub-folder.
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
