// The pwb executable's entry: bundled into out/cli/pwb.mjs, run from source by bin/pwb.mjs through tsx.
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
