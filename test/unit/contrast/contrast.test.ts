import { themes } from 'prism-react-renderer';
import { describe, expect, it } from 'vitest';
import { accessibleCodeTheme, blend, contrastRatio, ensureContrast, parseColor, toHex } from '../../../src/lib/contrast/index.js';

describe('contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(98, 114, 164)', '#282A36')).toBeLessThan(4.5);
  });

  it('reads #rgb, #rrggbb and rgb() and rejects anything else', () => {
    expect(parseColor('#fff')).toEqual({ r: 255, g: 255, b: 255 });
    expect(parseColor('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
    expect(toHex(blend(parseColor('#000000'), parseColor('#ffffff'), 0.5))).toBe('#808080');
    expect(() => parseColor('red')).toThrow('Cannot read colour "red"');
  });

  it('keeps a colour that passes and darkens (or lightens) one that does not, just enough', () => {
    expect(ensureContrast('#1b4f72', ['#ffffff'])).toBe('#1b4f72');
    const darker = ensureContrast('#999988', ['#f6f8fa']);
    expect(contrastRatio(darker, '#f6f8fa')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(darker, '#f6f8fa')).toBeLessThan(5);
    const lighter = ensureContrast('rgb(98, 114, 164)', ['#282A36']);
    expect(contrastRatio(lighter, '#282A36')).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['github', themes.github, 0.1],
    ['dracula', themes.dracula, 0.3],
  ])('makes every token of the %s theme readable on plain and highlighted lines', (_name, theme, alpha) => {
    const adjusted = accessibleCodeTheme(theme, { overlay: { color: '#000000', alpha } });
    const background = adjusted.plain.backgroundColor!;
    const highlighted = toHex(blend(parseColor(background), parseColor('#000000'), alpha));
    for (const rule of adjusted.styles) {
      expect(rule.style.opacity, rule.types.join()).toBeUndefined();
      if (!rule.style.color) continue;
      expect(contrastRatio(rule.style.color, background), rule.types.join()).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(rule.style.color, highlighted), rule.types.join()).toBeGreaterThanOrEqual(4.5);
    }
    // The original theme is left alone.
    expect(theme.styles.find((rule) => rule.types.includes('comment'))!.style.color).not.toBe(
      adjusted.styles.find((rule) => rule.types.includes('comment'))!.style.color,
    );
  });
});
