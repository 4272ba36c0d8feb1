/**
 * Bounded API sidebars. typedoc-plugin-markdown's docusaurus theme writes one
 * category per kind (per module or namespace when there are several) holding
 * every symbol of that kind; Docusaurus renders the expanded category of the
 * page being shown into that page's HTML, so on the benchmark's large API
 * (400 symbols per kind) every API page carried 400 sidebar links. Here a
 * category with more than `limit` items is split into alphabetical
 * sub-categories ("A–F", "G", "Ha–Hm", ...) of at most `limit` items each, so
 * a page shows at most `limit` symbols of its group plus one label per
 * sub-category, whatever the size of the API. Every symbol stays two clicks
 * away: the package's index page (its category's link) lists them all.
 */

/** The default of `api.sidebarGroupLimit`: items an expanded sidebar group shows at most. */
export const DEFAULT_SIDEBAR_GROUP_LIMIT = 50;

/** A Docusaurus sidebar item as the generated sidebar holds it (doc, category or link). */
export interface SidebarItem {
  /** `doc`, `category`, `link`, ... */
  type: string;
  /** Shown text; typedoc-plugin-markdown sets it on every item. */
  label?: string;
  /** Doc id of a `doc` item. */
  id?: string;
  /** Items of a `category`. */
  items?: SidebarItem[];
  /** Anything else Docusaurus reads (`link`, `collapsed`, `className`, ...), kept as it is. */
  [key: string]: unknown;
}

/**
 * The items with every category of more than `limit` items split into
 * alphabetical sub-categories of at most `limit` items (recursively: a
 * sub-category's own categories are bounded too). Categories within the limit
 * are returned unchanged, in their order.
 *
 * @param limit - at least 2.
 */
export function boundSidebarItems(items: readonly SidebarItem[], limit: number = DEFAULT_SIDEBAR_GROUP_LIMIT): SidebarItem[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`boundSidebarItems: limit must be an integer of at least 2, got ${limit}`);
  return items.map((item) => boundItem(item, limit));
}

function boundItem(item: SidebarItem, limit: number): SidebarItem {
  if (item.type !== 'category' || !Array.isArray(item.items)) return item;
  const children = item.items.map((child) => boundItem(child, limit));
  return { ...item, items: children.length > limit ? splitAlphabetically(children, limit) : children };
}

/** Text an item sorts and splits by: its label, else the last segment of its doc id. */
function nameOf(item: SidebarItem): string {
  return item.label ?? item.id?.split('/').at(-1) ?? '';
}

/** Case-folded, so `LoadedX` and `loadX` sort the way TypeDoc sorts them. */
function fold(text: string): string {
  return text.toLowerCase();
}

function compareNames(a: SidebarItem, b: SidebarItem): number {
  const x = fold(nameOf(a));
  const y = fold(nameOf(b));
  if (x !== y) return x < y ? -1 : 1;
  const rawA = nameOf(a);
  const rawB = nameOf(b);
  return rawA < rawB ? -1 : rawA > rawB ? 1 : 0;
}

/** A run of items sharing a name prefix, small enough to stay together. */
interface Unit {
  /** The shared prefix as the first item spells it. */
  key: string;
  items: SidebarItem[];
}

/**
 * Sorts the items by name and packs them into sub-categories of at most
 * `limit` items, cutting between first letters where it can (then between
 * two-letter prefixes, and so on, inside a letter with more than `limit`
 * names), so the labels say which names each holds.
 */
export function splitAlphabetically(items: readonly SidebarItem[], limit: number): SidebarItem[] {
  const sorted = [...items].sort(compareNames);
  const units = unitsOf(sorted, 1, limit);
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  let size = 0;
  for (const unit of units) {
    if (size + unit.items.length > limit && current.length > 0) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(unit);
    size += unit.items.length;
  }
  if (current.length > 0) groups.push(current);
  return nestRanges(groups.map((group) => ({ first: group[0]!.key, last: group.at(-1)!.key, items: group.flatMap((unit) => unit.items) })), limit);
}

/** A sub-category in the making: the keys of its first and last names, and its items. */
interface Range {
  first: string;
  last: string;
  items: SidebarItem[];
}

/**
 * The ranges as categories; when there are more than `limit` of them (more than
 * `limit`² names), they are grouped again into ranges of ranges, so no list in
 * the sidebar is longer than `limit` however large the API.
 */
function nestRanges(ranges: readonly Range[], limit: number): SidebarItem[] {
  const categories = ranges.map((range) => ({
    type: 'category',
    label: fold(range.first) === fold(range.last) ? capitalize(range.first) : `${capitalize(range.first)}–${capitalize(range.last)}`,
    collapsible: true,
    collapsed: true,
    items: range.items,
  }));
  if (categories.length <= limit) return categories;
  const outer: Range[] = [];
  for (let start = 0; start < ranges.length; start += limit) {
    const chunk = ranges.slice(start, start + limit);
    outer.push({ first: chunk[0]!.first, last: chunk.at(-1)!.last, items: categories.slice(start, start + limit) });
  }
  return nestRanges(outer, limit);
}

/** Groups sorted items by their first `length` characters; a group over the limit is grouped again by one more character. */
function unitsOf(sorted: readonly SidebarItem[], length: number, limit: number): Unit[] {
  const units: Unit[] = [];
  let index = 0;
  while (index < sorted.length) {
    const key = fold(nameOf(sorted[index]!)).slice(0, length);
    let end = index + 1;
    while (end < sorted.length && fold(nameOf(sorted[end]!)).slice(0, length) === key) end += 1;
    const run = sorted.slice(index, end);
    const spelled = nameOf(run[0]!).slice(0, length);
    if (run.length <= limit) units.push({ key: spelled, items: run });
    else if (run.some((item) => nameOf(item).length > length)) units.push(...unitsOf(run, length + 1, limit));
    else {
      // Names that are all the same (overloads): cut by count.
      for (let start = 0; start < run.length; start += limit) units.push({ key: spelled, items: run.slice(start, start + limit) });
    }
    index = end;
  }
  return units;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every doc id a sidebar names, depth first (for tests and checks). */
export function sidebarDocIds(items: readonly SidebarItem[]): string[] {
  const ids: string[] = [];
  const walk = (list: readonly SidebarItem[]) => {
    for (const item of list) {
      if (item.type === 'doc' && item.id) ids.push(item.id);
      const link = item.link as { type?: string; id?: string } | undefined;
      if (link?.type === 'doc' && link.id) ids.push(link.id);
      if (item.items) walk(item.items);
    }
  };
  walk(items);
  return ids;
}
