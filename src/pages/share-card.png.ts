import { site } from '../config/site.ts';
import { siteDescription } from '../i18n/index.ts';
import { shareCardPng } from '../outputs/images/site-card.ts';

/** The site's sharing card (urls.shareCard), drawn from its name and description at build. */
export async function GET() {
	return new Response(new Uint8Array(await shareCardPng(site.title, siteDescription, site.direction)), { headers: { 'content-type': 'image/png' } });
}
