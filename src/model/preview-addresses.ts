/**
 * Addresses only the editor's own machine serves: the preview of `npm run dev` or `npm run preview`
 * (http://localhost:4321/articles/…/), another loopback or unspecified address (127.0.0.1, [::1], 0.0.0.0), or any
 * host on the preview's port (the preview opened from another machine on the network). A link copied from there
 * reaches no reader, so bodies and `url` fields refuse it, and the fix gives the pasted address's path on the site.
 */
import { withoutBase } from '../config/base-path.ts';

/** The port `astro dev` and `astro preview` serve on, unless told otherwise. */
const previewPort = '4321';

// As URL writes hosts: 127.1 and 0 become 127.0.0.1 and 0.0.0.0, [0:0::1] becomes [::1], ::ffff:127.0.0.1 becomes [::ffff:7f00:1].
const ownMachine = /^(?:(?:[^.]+\.)*localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[\da-f]{2}:[\da-f]{1,4}\])$/i;

/**
 * The site's own path (base path taken off) of an http(s) address on the editor's machine, such as
 * `/articles/x/` for `http://localhost:4321/articles/x/`; undefined for any other address, and for one on the
 * site's own origin (`site`), which is checked as a link into the site.
 */
export function previewPath(url: URL, site?: URL): string | undefined {
	if (!/^https?:$/.test(url.protocol) || url.origin === site?.origin) return undefined;
	if (!ownMachine.test(url.hostname.replace(/\.$/, '')) && url.port !== previewPort) return undefined;
	return `${withoutBase(url.pathname)}${url.search}${url.hash}`;
}
