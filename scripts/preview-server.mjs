// The production build served by `vite preview` in a child process of its own group, for the
// scripts that drive a browser against it (size check, cross-browser smoke, browser bench).
import { spawn } from 'node:child_process';

const pause = () => new Promise((done) => setTimeout(done, 200));

/** A preview server for `dist` on `port`: start it, wait until it answers, stop it. */
export function previewServer(dist, port) {
  const origin = `http://localhost:${String(port)}`;
  let child;
  const answers = async () => {
    try {
      return (await fetch(origin)).ok;
    } catch {
      return false;
    }
  };
  return {
    origin,
    start() {
      child = spawn(
        'npx',
        ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'],
        { stdio: 'ignore', detached: true },
      );
    },
    /** Kills the server and its children (npx, then vite): the whole process group. */
    stop() {
      try {
        process.kill(-child.pid);
      } catch {
        // already gone
      }
    },
    async up() {
      for (let attempt = 0; attempt < 150; attempt++) {
        if (await answers()) return;
        await pause();
      }
      throw new Error(`vite preview did not start on ${origin}`);
    },
    async down() {
      for (let attempt = 0; attempt < 50; attempt++) {
        if (!(await answers())) return;
        await pause();
      }
      throw new Error(`vite preview still answers on ${origin}`);
    },
  };
}
