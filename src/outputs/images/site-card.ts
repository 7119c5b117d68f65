/**
 * The site's sharing card: a 1200×630 picture with the site's name and
 * description, drawn at build from the settings in src/config/site.ts, so a
 * newsroom that renames the site gets a card with its own name. The text is
 * set in whatever serif and sans-serif fonts the building machine has.
 */
import sharp from 'sharp';
import type { Direction } from '../../config/locale.ts';

/** Words in lines of at most `width` characters (a longer word has a line of its own). */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

export const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The card as SVG: the name large, the description under it, a rule in the accent colour. In a right-to-left
 * site the lines start at the right and run leftwards, so Arabic or Hebrew ends its sentence where it should.
 */
export function shareCardSvg(title: string, description: string, { width = 1200, height = 630, direction = 'ltr' as Direction } = {}): string {
	// The text's start: 96 px in from the left, or from the right where the text runs right to left.
	const start = direction === 'rtl' ? `x="1104" direction="rtl"` : 'x="96"';
	// About 0.6 em a letter: a long name is set smaller so that it fits the width.
	const titleSize = Math.min(120, Math.floor(1008 / (0.6 * Math.max(1, title.length))));
	const lines = wrapWords(description, 44).slice(0, 4);
	const text = lines
		.map((line, i) => `<text ${start} y="${372 + i * 52}" font-family="sans-serif" font-size="38" fill="#555049">${escapeXml(line)}</text>`)
		.join('');
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 630">`,
		'<rect width="1200" height="630" fill="#fdfcfa"/>',
		'<rect width="1200" height="24" fill="#a4260b"/>',
		`<text ${start} y="270" font-family="serif" font-weight="700" font-size="${titleSize}" fill="#1b1b1b">${escapeXml(title)}</text>`,
		text,
		'</svg>',
	].join('');
}

/** The card as a PNG. */
export const shareCardPng = (title: string, description: string, direction: Direction = 'ltr'): Promise<Buffer> =>
	sharp(Buffer.from(shareCardSvg(title, description, { direction })))
		.png({ compressionLevel: 9 })
		.toBuffer();
