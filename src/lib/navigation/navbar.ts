/**
 * The navbar's layout as data: which entries stand alone and which are grouped
 * under a dropdown. docusaurus.config.ts says which entries the site has (a
 * section whose folder is missing, no API package, no changelog, ...) and
 * {@link buildNavbarItems} turns the layout into Docusaurus navbar items: a
 * group shows only the entries that exist, a group left with one entry
 * becomes that entry's plain link, and an empty group disappears.
 *
 * Adding a page to a group is two lines: its entry in the `available` map of
 * docusaurus.config.ts, and its key in the group's `entries` below.
 */

/** A navbar link as Docusaurus' theme config spells it (a route, or a docs sidebar of a docs-plugin instance). */
export type NavbarLink =
  | { to: string; label: string; activeBaseRegex?: string }
  | { type: 'docSidebar'; sidebarId: string; docsPluginId?: string; label: string };

/** A left-side navbar item: a link, or a dropdown of links. */
export type NavbarItem = (NavbarLink & { position: 'left' }) | { type: 'dropdown'; label: string; position: 'left'; items: NavbarLink[] };

/** One slot of the navbar, left to right: an entry on its own, or a group of entries under one label. */
export type NavbarSlot = { entry: string } | { group: string; entries: readonly string[] };

/**
 * Portico's navbar, left to right. Entry keys name what docusaurus.config.ts
 * can offer: `docs`, `tutorials`, `rfcs`, `api`, `http-api`, `runbooks`,
 * `dashboards`, `releases`, `changelog`, `blog`. Groups keep the bar to six items, so the
 * site title fits beside them from 1,024 px up.
 */
export const NAVBAR_LAYOUT: readonly NavbarSlot[] = [
  { entry: 'docs' },
  { entry: 'tutorials' },
  { entry: 'rfcs' },
  { group: 'Reference', entries: ['api', 'http-api'] },
  { group: 'Operate', entries: ['runbooks', 'dashboards'] },
  { group: 'Releases', entries: ['releases', 'changelog', 'blog'] },
];

/**
 * The navbar items for the entries the site has, in the layout's order. An
 * entry of `available` that the layout does not place is an error, so a new
 * page cannot silently miss the navbar.
 */
export function buildNavbarItems(available: Readonly<Record<string, NavbarLink | undefined>>, layout: readonly NavbarSlot[] = NAVBAR_LAYOUT): NavbarItem[] {
  const placed = new Set(layout.flatMap((slot) => ('entry' in slot ? [slot.entry] : slot.entries)));
  const unplaced = Object.keys(available).filter((key) => !placed.has(key));
  if (unplaced.length > 0) throw new Error(`navbar: no place in the layout for ${unplaced.map((key) => `"${key}"`).join(', ')}`);
  const items: NavbarItem[] = [];
  for (const slot of layout) {
    const links = ('entry' in slot ? [slot.entry] : slot.entries).flatMap((key) => (available[key] ? [available[key]] : []));
    if (links.length === 0) continue;
    if ('entry' in slot || links.length === 1) items.push({ ...links[0]!, position: 'left' });
    else items.push({ type: 'dropdown', label: slot.group, position: 'left', items: links });
  }
  return items;
}
