// Preloaded with `node --import`: prints the process's peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\nims-doctor-bench-rss=${process.resourceUsage().maxRSS}\n`);
});
