// Loaded with `node --import` before a script: prints the process's peak memory when it exits, for
// the import-memory budget (tests/unit/staged-write.test.ts).
process.on('exit', () => process.stderr.write(`MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`));
