/**
 * The picture files the site takes, by the ending of their names. A picture sits beside the content only to be an
 * article's lead picture (a body's pictures come from public/ or an https:// address, check/rules/pictures-fs.ts), so
 * the files that may sit there and those a lead picture may be are one list: the types Astro's image() reads and its
 * image service resizes and writes as AVIF and WebP for the page (LeadImage.astro). SVG is not among them: image()
 * reads one, but the image service turns an SVG into no other type unless told to (image.dangerouslyProcessSVG), so
 * an SVG lead picture would stop the build. Nor is .tif: Astro knows a TIFF only by the ending .tiff.
 */
const endings = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tiff'];

/** A file name (or path) that ends as a picture's does, in any case: `Photo.JPG` is one. */
export const pictureFile = new RegExp(`(?:${endings.map((ending) => ending.replace('.', '\\.')).join('|')})$`, 'i');

/** The endings as editors are told them: ".jpg, .jpeg, … or .tiff". */
export const pictureEndingsInWords = new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(endings);
