import { OptionDefaults, ReflectionKind } from 'typedoc';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUIRED_TO_BE_DOCUMENTED, REFLECTION_KIND_NAMES } from '../../../src/lib/api-coverage/kinds.js';
import { validatePortalConfig } from '../../../src/config/index.js';

describe('reflection kind names', () => {
  it('are exactly the kinds of the installed TypeDoc', () => {
    // The enum also holds combined masks (`ClassOrInterface`) and helpers; the kinds are the single bits.
    const typedocKinds = Object.entries(ReflectionKind)
      .filter(([, value]) => typeof value === 'number' && value > 0 && (value & (value - 1)) === 0)
      .map(([key]) => key);
    expect([...REFLECTION_KIND_NAMES].sort()).toEqual(typedocKinds.sort());
  });

  it('default to TypeDoc\'s own requiredToBeDocumented', () => {
    expect([...DEFAULT_REQUIRED_TO_BE_DOCUMENTED]).toEqual([...OptionDefaults.requiredToBeDocumented]);
  });

  it('are validated in portal.config.ts: defaults filled in, unknown kinds rejected with the list', () => {
    const site = { title: 'X', url: 'https://x.dev', repository: 'https://github.com/x/x' };
    const config = validatePortalConfig({ site }, '/tmp/portal.config.ts');
    expect(config.api.requiredToBeDocumented).toEqual([...DEFAULT_REQUIRED_TO_BE_DOCUMENTED]);
    expect(config.gates.docCoverage).toBe('error');
    expect(() => validatePortalConfig({ site, api: { requiredToBeDocumented: ['Method', 'Methods'] } }, '/tmp/portal.config.ts')).toThrow(
      expect.objectContaining({ problems: [expect.stringMatching(/^api\.requiredToBeDocumented\[1\]: got "Methods", expected TypeDoc reflection kind names \(Project, .*TypeAlias/)] }),
    );
    expect(() => validatePortalConfig({ site, thresholds: { docCoverageMode: 'fail' } }, '/tmp/portal.config.ts')).toThrow(
      expect.objectContaining({ problems: ['thresholds.docCoverageMode: got "fail", expected "error" or "warn"'] }),
    );
  });
});
