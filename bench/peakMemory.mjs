// Preloaded (node --import) into a benchmarked command: prints the process's
// peak resident memory, worker threads included, to stderr as it exits.
process.on('exit', () => {
  process.stderr.write(`precedent-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
