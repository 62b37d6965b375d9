/**
 * The typographic scale: text sizes, leading and spacing in points. Sizes
 * follow a ratio of about 1.2 between heading levels, so each level is
 * clearly smaller than the one above; leading 1.45 suits a hyperlegible sans
 * at 10.5 pt (WCAG 1.4.12 asks for at least 1.5 only when users adjust it).
 */

/** Body text size. */
export const bodySize = 10.5
/** Line height as a multiple of the text size. */
const leading = 1.45
/** Heading sizes for H1–H6. */
export const headingSizes = [20, 16, 13.5, 12, 11, 10.5] as const
/** Footnote text size. */
export const footnoteSize = 8.5
/** Code block text size. */
export const codeSize = 9
/** Running footer text size. */
export const footerSize = 8
/** Space between paragraphs, as a multiple of the text size. */
export const paragraphSpace = 0.65
/**
 * The most of the measure a paragraph's last line, a space and the next
 * paragraph's first word may fill. Text extraction loses the space between
 * paragraphs (pdftotext writes no blank line between them: poppler starts a
 * new "flow" only after a gap of 2.5 times the font size or a larger font);
 * what is left to show where a paragraph ends is a last line that would have
 * held the next word, which is what kopij's text parser looks for, as a
 * reader would. Four fifths leaves room for the difference between a line's
 * width and its count of characters, all extracted text has.
 */
export const lastLineShare = 0.8
/** Space above a heading, as a multiple of its size. */
export const headingSpace = 1.0
/** Indent of list bodies, block quotes and footnote bodies, in points. */
export const indent = 18
/** Padding inside table cells, in points. */
export const cellPadding = 4

/** The height of a line of text of a size. */
export function lineHeight(size: number): number {
  return size * leading
}

/** The baseline of a line whose top edge is at `top`. */
export function baselineOf(top: number, size: number): number {
  // Centre the cap height (about 0.7 em) in the line box.
  return top - (lineHeight(size) + size * 0.7) / 2
}
