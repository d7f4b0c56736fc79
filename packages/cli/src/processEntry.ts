// The entry point of the bundled `trailmap` command (dist/trailmap.mjs, built by bin/bundle.mjs):
// unlike main.ts, importing it runs the CLI, so the bundle runs whether it is the process's main
// module or is imported by bin/trailmap.js.
import { runCli } from './main';
import { runAsProcess } from './runAsProcess';

runAsProcess(runCli, process.argv.slice(2));
