import { describe, expect, it } from 'vitest';
import { buildNavbarItems, NAVBAR_LAYOUT, type NavbarLink } from '../../../src/lib/navigation/navbar.js';

const link = (label: string, to: string): NavbarLink => ({ to, label });

describe('buildNavbarItems', () => {
  it('groups the embedded portal into six items: three links and three dropdowns', () => {
    const items = buildNavbarItems({
      docs: { type: 'docSidebar', sidebarId: 'docs', label: 'Docs' },
      tutorials: link('Tutorials', '/tutorials'),
      rfcs: link('RFCs', '/rfcs'),
      api: { type: 'docSidebar', sidebarId: 'api', docsPluginId: 'api', label: 'API' },
      'http-api': link('HTTP API', '/http-api'),
      runbooks: link('Runbooks', '/runbooks'),
      dashboards: link('Dashboards', '/dashboards'),
      changelog: link('Changelog', '/changelog'),
      blog: link('Announcements', '/blog'),
    });
    expect(items.map((item) => ('type' in item && item.type === 'dropdown' ? `${item.label} ▾ ${item.items.map((i) => i.label).join(', ')}` : item.label))).toEqual([
      'Docs',
      'Tutorials',
      'RFCs',
      'Reference ▾ API, HTTP API',
      'Operate ▾ Runbooks, Dashboards',
      'Releases ▾ Changelog, Announcements',
    ]);
    expect(items.every((item) => item.position === 'left')).toBe(true);
  });

  it('shows a group with one existing entry as that entry’s plain link, and leaves out empty groups', () => {
    const items = buildNavbarItems({
      docs: { type: 'docSidebar', sidebarId: 'docs', label: 'Docs' },
      runbooks: link('Runbooks', '/runbooks'),
      dashboards: link('Dashboards', '/dashboards'),
      changelog: link('Changelog', '/changelog'),
      blog: undefined,
    });
    expect(items).toEqual([
      { type: 'docSidebar', sidebarId: 'docs', label: 'Docs', position: 'left' },
      { type: 'dropdown', label: 'Operate', position: 'left', items: [link('Runbooks', '/runbooks'), link('Dashboards', '/dashboards')] },
      { to: '/changelog', label: 'Changelog', position: 'left' },
    ]);
  });

  it('takes a group extended with a new entry in the layout', () => {
    const layout = NAVBAR_LAYOUT.map((slot) => ('group' in slot && slot.group === 'Releases' ? { ...slot, entries: [...slot.entries, 'roadmap'] } : slot));
    const items = buildNavbarItems({ changelog: link('Changelog', '/changelog'), roadmap: link('Roadmap', '/roadmap') }, layout);
    expect(items).toEqual([
      { type: 'dropdown', label: 'Releases', position: 'left', items: [link('Changelog', '/changelog'), link('Roadmap', '/roadmap')] },
    ]);
  });

  it('refuses an entry the layout has no place for', () => {
    expect(() => buildNavbarItems({ docs: link('Docs', '/docs'), roadmap: link('Roadmap', '/roadmap') })).toThrow(
      'navbar: no place in the layout for "roadmap"',
    );
  });
});
