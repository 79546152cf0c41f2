import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: one server with the demo data, one Chromium, files run one after another.
export default defineConfig({
  resolve: { alias: { '@xianfeng/shared': path.resolve(import.meta.dirname, '../shared/src') } },
  test: {
    root: path.resolve(import.meta.dirname, '..'),
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A page waits on the server and re-renders: give polled expectations time (the default is 1 s).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
