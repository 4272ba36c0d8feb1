// Stands in for @docusaurus/plugin-content-docs/lib/client/docsClientUtils.js (3.10.2) in the
// client and server bundles (see ./index.ts). The same functions, to the letter, except where
// the original scanned a version's docs: `getActiveDocContext` found the doc of the pathname
// with `docs.find(matchPath)` and its versions with a walk over every doc of every version. The
// navbar's doc and doc-sidebar items and the version dropdown call it on every page, once per
// item, so every page scanned every doc. Here the doc is found through an index of the
// version's docs by path (its candidates tested with the same matchPath, in the same order)
// and its versions through an index by id, each built once per list; and `getActivePlugin`
// sorts the plugins' entries once per plugin-data object instead of on every call.
// matchPath is react-router's: '@docusaurus/router' re-exports react-router-dom's, which is it.
import { matchPath } from 'react-router';
import { createPathLookup } from '../../lib/routes/exact-lookup.ts';

// Docs are matched as exact, non-strict routes.
const findDoc = createPathLookup((doc) => ({ path: doc.path, exact: true }));

// This code is not part of the api surface, not in ./theme on purpose
// get the data of the plugin that is currently "active"
// ie the docs of that plugin are currently browsed
// it is useful to support multiple docs plugin instances
/** @type {WeakMap<object, [string, object][]>} each plugin-data object's entries, sorted as the original sorted them */
const sortedPluginEntries = new WeakMap();

// The original sorted the entries with localeCompare on every call; the theme calls it for most
// components of a docs page (the navbar's items, the sidebar, the doc's own hooks), which took
// 50-60 ms of a page's load with a 4x CPU slowdown. The plugin data is one object for the life of
// the page, so its entries are sorted once, in the same order.
function sortedEntries(allPluginData) {
  let entries = sortedPluginEntries.get(allPluginData);
  if (!entries) {
    entries = Object.entries(allPluginData)
      // Route sorting: '/android/foo' should match '/android' instead of '/'
      .sort((a, b) => b[1].path.localeCompare(a[1].path));
    sortedPluginEntries.set(allPluginData, entries);
  }
  return entries;
}

export function getActivePlugin(allPluginData, pathname, options = {}) {
  const activeEntry = sortedEntries(allPluginData)
    .find(
      ([, pluginData]) =>
        !!matchPath(pathname, {
          path: pluginData.path,
          exact: false,
          strict: false,
        }),
    );
  const activePlugin = activeEntry ? { pluginId: activeEntry[0], pluginData: activeEntry[1] } : undefined;
  if (!activePlugin && options.failfast) {
    throw new Error(
      `Can't find active docs plugin for "${pathname}" pathname, while it was expected to be found. Maybe you tried to use a docs feature that can only be used on a docs-related page? Existing docs plugin paths are: ${Object.values(
        allPluginData,
      )
        .map((plugin) => plugin.path)
        .join(', ')}`,
    );
  }
  return activePlugin;
}

export const getLatestVersion = (data) => data.versions.find((version) => version.isLast);

export function getActiveVersion(data, pathname) {
  // Sort paths so that a match-all version like /docs/* is matched last
  // Otherwise /docs/* would match /docs/1.0.0/* routes
  // This is simplified but similar to the core sortRoutes() logic
  const sortedVersions = [...data.versions].sort((a, b) => {
    if (a.path === b.path) {
      return 0;
    }
    if (a.path.includes(b.path)) {
      return -1;
    }
    if (b.path.includes(a.path)) {
      return 1;
    }
    return 0;
  });
  return sortedVersions.find(
    (version) =>
      !!matchPath(pathname, {
        path: version.path,
        exact: false,
        strict: false,
      }),
  );
}

/** @type {WeakMap<object[], Map<string, [string, object][]>>} each version list's docs by id, in version then doc order */
const docsById = new WeakMap();

function versionsOfDoc(versions, docId) {
  let byId = docsById.get(versions);
  if (!byId) {
    byId = new Map();
    for (const version of versions) {
      for (const doc of version.docs) {
        const list = byId.get(doc.id);
        if (list) list.push([version.name, doc]);
        else byId.set(doc.id, [[version.name, doc]]);
      }
    }
    docsById.set(versions, byId);
  }
  return byId.get(docId) ?? [];
}

export function getActiveDocContext(data, pathname) {
  const activeVersion = getActiveVersion(data, pathname);
  const activeDoc = activeVersion
    ? findDoc(activeVersion.docs, pathname, (doc) =>
        matchPath(pathname, {
          path: doc.path,
          exact: true,
          strict: false,
        }),
      )?.entry
    : undefined;
  function getAlternateVersionDocs(docId) {
    const result = {};
    // Later entries win, as the original's forEach assignments did.
    for (const [versionName, doc] of versionsOfDoc(data.versions, docId)) {
      result[versionName] = doc;
    }
    return result;
  }
  const alternateVersionDocs = activeDoc ? getAlternateVersionDocs(activeDoc.id) : {};
  return {
    activeVersion,
    activeDoc,
    alternateDocVersions: alternateVersionDocs,
  };
}

export function getDocVersionSuggestions(data, pathname) {
  const latestVersion = getLatestVersion(data);
  const activeDocContext = getActiveDocContext(data, pathname);
  const latestDocSuggestion = activeDocContext.alternateDocVersions[latestVersion.name];
  return { latestDocSuggestion, latestVersionSuggestion: latestVersion };
}
