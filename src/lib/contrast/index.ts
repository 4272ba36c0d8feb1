/**
 * WCAG 2 colour contrast, and code-block themes adjusted to meet it. Used by
 * `docusaurus.config.ts` so syntax colours pass axe's `color-contrast` rule in
 * both colour modes. Pure TypeScript: no Docusaurus, React or CLI imports.
 *
 * @packageDocumentation
 */

/** An sRGB colour, channels 0–255. */
export interface Rgb {
  /** Red, 0–255. */
  r: number;
  /** Green, 0–255. */
  g: number;
  /** Blue, 0–255. */
  b: number;
}

/** WCAG AA minimum contrast for normal-size text. */
export const WCAG_AA_TEXT = 4.5;

/**
 * Parses `#rgb`, `#rrggbb` and `rgb(r, g, b)` colours.
 *
 * @throws {@link TypeError} for anything else, so an unreadable theme colour is noticed at build time.
 */
export function parseColor(color: string): Rgb {
  const value = color.trim();
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return { r: parseInt(full.slice(0, 2), 16), g: parseInt(full.slice(2, 4), 16), b: parseInt(full.slice(4, 6), 16) };
  }
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/i.exec(value);
  if (rgb) return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
  throw new TypeError(`Cannot read colour ${JSON.stringify(color)}: expected #rgb, #rrggbb or rgb(r, g, b)`);
}

/** `#rrggbb` of a colour. */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = relativeLuminance(typeof a === 'string' ? parseColor(a) : a);
  const lb = relativeLuminance(typeof b === 'string' ? parseColor(b) : b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** `top` with `alpha` opacity painted over `bottom`. */
export function blend(bottom: Rgb, top: Rgb, alpha: number): Rgb {
  return { r: bottom.r + (top.r - bottom.r) * alpha, g: bottom.g + (top.g - bottom.g) * alpha, b: bottom.b + (top.b - bottom.b) * alpha };
}

/**
 * The colour itself when it reaches `minRatio` against every background,
 * otherwise the closest colour that does, found by mixing it towards black (on
 * light backgrounds) or white (on dark ones) so its hue stays recognisable.
 */
export function ensureContrast(color: string, backgrounds: readonly string[], minRatio: number = WCAG_AA_TEXT): string {
  const original = parseColor(color);
  const grounds = backgrounds.map(parseColor);
  const passes = (candidate: Rgb) => grounds.every((ground) => contrastRatio(candidate, ground) >= minRatio);
  if (passes(original)) return color;
  const meanLuminance = grounds.reduce((sum, ground) => sum + relativeLuminance(ground), 0) / grounds.length;
  const target: Rgb = meanLuminance > 0.18 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 };
  for (let step = 1; step <= 100; step += 1) {
    const candidate = blend(original, target, step / 100);
    const rounded = parseColor(toHex(candidate));
    if (passes(rounded)) return toHex(rounded);
  }
  return toHex(target);
}

/** The CSS of a token type in a {@link CodeTheme}, as far as contrast goes. */
export interface CodeTokenStyle {
  /** Text colour. */
  color?: string;
  /** Opacity, which lowers contrast; removed by {@link accessibleCodeTheme}. */
  opacity?: number;
  [key: string]: unknown;
}

/** One rule of a {@link CodeTheme}: token types and their style. */
export interface CodeThemeRule {
  /** Prism token types the rule applies to, e.g. `comment`. */
  types: string[];
  /** Their style. */
  style: CodeTokenStyle;
  /** Languages the rule is limited to, if any. */
  languages?: string[];
}

/** The shape of a prism-react-renderer theme, as far as colours go. */
export interface CodeTheme {
  /** Style of text that is not a token, including the code block background. */
  plain: CodeTokenStyle & {
    /** Background of the code block. */
    backgroundColor?: string;
  };
  /** Styles per token type. */
  styles: CodeThemeRule[];
}

/**
 * A copy of a prism-react-renderer theme whose token colours reach `minRatio`
 * against the code background, also where a line is highlighted (the
 * `overlay` Docusaurus paints over highlighted lines). Translucent tokens are
 * made opaque, since opacity lowers contrast. The default minimum is a little
 * above AA's 4.5:1 so rounding in a checker never tips a colour under it.
 */
export function accessibleCodeTheme<T extends CodeTheme>(theme: T, options: { overlay?: { color: string; alpha: number }; minRatio?: number } = {}): T {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const backgrounds = [background];
  if (options.overlay) backgrounds.push(toHex(blend(parseColor(background), parseColor(options.overlay.color), options.overlay.alpha)));
  const minRatio = options.minRatio ?? WCAG_AA_TEXT + 0.1;
  const fix = (color: string | undefined) => (color ? ensureContrast(color, backgrounds, minRatio) : color);
  return {
    ...theme,
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((entry) => {
      const { opacity: _opacity, ...style } = entry.style;
      return { ...entry, style: { ...style, ...(style.color ? { color: fix(style.color) } : {}) } };
    }),
  };
}
