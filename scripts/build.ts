/**
 * `npm run build [-- --verbose]`: builds the site with Astro's log at warnings,
 * so the build prints a line per phase and a summary (from the build-log
 * integration) rather than a line per page; --verbose shows Astro's own log.
 */
import { build } from 'astro';

const verbose = process.argv.includes('--verbose');
try {
	await build({ logLevel: verbose ? 'info' : 'warn' });
} catch (error) {
	console.error(error instanceof Error ? (verbose ? error.stack : `${error.name}: ${error.message}`) : error);
	process.exitCode = 1;
}
