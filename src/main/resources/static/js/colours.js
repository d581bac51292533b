// Speakers get colours by their order on the page; each has a strong tone (chart, border) and a light one (highlight
// behind text), chosen to keep black text readable. Past twelve speakers the colours repeat.
const PALETTE = [
  { strong: '#1d5fd1', light: '#dbe8ff' },
  { strong: '#c2410c', light: '#ffe3cf' },
  { strong: '#15803d', light: '#d7f4df' },
  { strong: '#7e22ce', light: '#eedcfd' },
  { strong: '#b91c1c', light: '#fddede' },
  { strong: '#0e7490', light: '#d2f1f6' },
  { strong: '#a16207', light: '#faedc4' },
  { strong: '#be185d', light: '#fcdcec' },
  { strong: '#4d7c0f', light: '#e6f4c4' },
  { strong: '#4338ca', light: '#e0e0fc' },
  { strong: '#57534e', light: '#e7e5e4' },
  { strong: '#713f12', light: '#ecdcc8' },
];

export const colour = index => PALETTE[index % PALETTE.length];

/** CSS custom properties that paint an element in the speaker's colour (see .speaker-colour in style.css). */
export const colourStyle = index => ({ '--strong': colour(index).strong, '--light': colour(index).light });
