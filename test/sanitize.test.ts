/**
 * Raw HTML and links as the Markdown pipeline leaves them: the sanitiser is the
 * second guard behind the content check, which refuses unsafe links first.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { markdownOptions } from '../src/markdown/pipeline.ts';

const processor = await createMarkdownProcessor({ ...markdownOptions({ actors: {} }), syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown)).code;

test.each([
	['a javascript: link', '[one](javascript:alert(1))', '<a>one</a>'],
	['a vbscript: link', '[two](vbscript:msgbox(1))', '<a>two</a>'],
	['a data: link', '[three](data:text/html,hello)', '<a>three</a>'],
	['a raw javascript: link in mixed case', '<a href="JaVaScRiPt:alert(1)">four</a>', '<a>four</a>'],
	// GitHub's rules keep these; the content check refuses them, and so does the sanitiser.
	['an irc: link', '[five](irc://irc.example.org/desk)', '<a>five</a>'],
	['an xmpp: link', '<a href="xmpp:desk@example.org">six</a>', '<a>six</a>'],
])('%s loses its target', async (_, markdown, expected) => {
	expect(await render(markdown)).toContain(expected);
});

test.each([
	['HTTPS://example.org/a', 'https://example.org/a'],
	['Http://example.org/b', 'http://example.org/b'],
	['MAILTO:desk@example.org', 'mailto:desk@example.org'],
])('a link written %s keeps its target, its scheme in lowercase', async (url, href) => {
	expect(await render(`[x](${url})`)).toContain(`<a href="${href}">x</a>`);
});

test('scripts, styles, frames and event handlers are removed; the text stays', async () => {
	const html = await render('<script>alert(1)</script><style>p{}</style><iframe src="https://x.example/"></iframe>\n\n<div onclick="alert(1)">Kept.</div>');
	expect(html).not.toMatch(/<script|<style|<iframe|onclick/);
	expect(html).toContain('Kept.');
});
