// Global setup of the test run: compiles the command line (dist/), so that tests which start
// bin/triangulate.js as a process run the code under test, not an older build.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
