/**
 * The drawing of a card as the element tree satori takes (React-like plain objects, no JSX), so
 * it stays a pure function of the model that tests can inspect without rendering.
 */
import { CARD_HEIGHT, CARD_WIDTH, type CardModel } from './model.ts';

/** Bump when the drawing or its PNG encoding changes: it is part of every cache digest, so old images are redrawn. */
export const LAYOUT_VERSION = 4;

/**
 * One family name per font subset: satori keeps a single file per name and weight, so subsets
 * sharing a name would leave Vietnamese letters blank (see STACK-NOTES.md). Listing them all lets
 * satori take each glyph from the subset that has it.
 */
export const FONT_SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
export const FONT_WEIGHTS = [400, 700] as const;
export const fontFamilyName = (subset: string) => `Be Vietnam Pro ${subset}`;
const FONT_FAMILY = FONT_SUBSETS.map((s) => `'${fontFamilyName(s)}'`).join(', ');

export interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const node = (type: string, style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/** Limits for text that has no natural length limit; the layout also clamps lines and adds an ellipsis. */
export const TITLE_MAX_CHARS = 170;
export const LINE_MAX_CHARS = 110;

/**
 * Shortens text at a word boundary and ends it with an ellipsis, so an overly long subject is cut
 * between words rather than mid-word (satori's own clamp then handles what still overflows).
 */
export function clip(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	const head = space > max * 0.6 ? cut.slice(0, space) : cut;
	return `${head.replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Title size steps down for longer titles, so short subjects read big and long ones still fit. */
export function titleSize(title: string): number {
	if (title.length <= 60) return 64;
	if (title.length <= 110) return 54;
	return 46;
}

/**
 * No `overflow: hidden` anywhere: satori turns it into an SVG mask, which resvg draws as extra
 * full-size layers (half of its time per card, measured); `lineClamp` cuts the text by itself.
 * For the same reason the red rule at the bottom is a box of its own, not a border.
 */
export function cardLayout(card: CardModel): CardNode {
	const title = clip(card.title, TITLE_MAX_CHARS);
	const size = titleSize(title);
	const badges = card.badges.map((b) =>
		node(
			'div',
			{
				display: 'flex',
				fontSize: 26,
				fontWeight: 700,
				padding: '8px 20px',
				borderRadius: 999,
				marginRight: 14,
				color: b.fill ? '#ffffff' : '#1a2230',
				backgroundColor: b.fill ?? '#eef1f5',
				border: b.fill ? `2px solid ${b.fill}` : '2px solid #c9d1dc',
			},
			b.text,
		),
	);
	const top = node('div', { display: 'flex', flexDirection: 'column' }, [
		node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }, [
			node(
				'div',
				{ display: 'flex', fontSize: 26, fontWeight: 700, color: '#123a63', letterSpacing: 0.5, maxWidth: 760 },
				clip(card.site.toLocaleUpperCase('vi'), 60),
			),
			node('div', { display: 'flex', fontSize: 24, color: '#4a5566' }, card.host),
		]),
		...(badges.length ? [node('div', { display: 'flex', marginTop: 28 }, badges)] : []),
		...(card.eyebrow ? [node('div', { display: 'flex', marginTop: 28, fontSize: 30, color: '#4a5566' }, card.eyebrow)] : []),
		node(
			'div',
			{
				display: 'block',
				marginTop: 22,
				fontSize: size,
				fontWeight: 700,
				lineHeight: 1.2,
				color: '#1a2230',
				lineClamp: 4,
				textOverflow: 'ellipsis',
			},
			title,
		),
		...(card.subtitle
			? [
					node(
						'div',
						{ display: 'block', marginTop: 20, fontSize: 32, lineHeight: 1.35, color: '#4a5566', lineClamp: 2, textOverflow: 'ellipsis' },
						clip(card.subtitle, 2 * LINE_MAX_CHARS),
					),
				]
			: []),
	]);
	const lines = card.lines.map((line, i) =>
		node(
			'div',
			{
				display: 'block',
				fontSize: i === 0 ? 30 : 27,
				fontWeight: i === 0 ? 700 : 400,
				color: i === 0 ? '#1a2230' : '#4a5566',
				lineClamp: 1,
				textOverflow: 'ellipsis',
			},
			clip(line, LINE_MAX_CHARS),
		),
	);
	const bottom = node('div', { display: 'flex', flexDirection: 'column' }, lines);
	return node(
		'div',
		{
			display: 'flex',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			backgroundColor: '#ffffff',
			fontFamily: FONT_FAMILY,
		},
		[
			node('div', { display: 'flex', width: 28, flexShrink: 0, height: CARD_HEIGHT, backgroundColor: card.accent }),
			node('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, [
				node(
					'div',
					{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flexGrow: 1, padding: '52px 64px 48px 56px' },
					[top, bottom],
				),
				node('div', { display: 'flex', height: 10, flexShrink: 0, backgroundColor: '#b3261e' }),
			]),
		],
	);
}
