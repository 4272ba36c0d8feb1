import { useHistory } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useSearchSections } from '../../components/Search/scope';
import { resultView, type PagefindResultData, type SearchResultView } from '../../lib/search/results';
import { readLastSearch, saveLastSearch } from './last-search';
import styles from './styles.module.css';

/** The part of Pagefind's browser API (`<baseUrl>pagefind/pagefind.js`) the search box uses. */
interface PagefindModule {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    debounceMs?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** Results shown for a query: each one downloads its page's fragment, so the first query stays small. */
const SHOWN_RESULTS = 8;
/** Words around the matches in an excerpt. */
const EXCERPT_WORDS = 22;

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'results'; query: string; total: number }
  | { kind: 'unavailable'; reason: string };

/**
 * Loads Pagefind's script from the built site the first time it is needed,
 * outside the JavaScript bundles (the index is written after bundling, by
 * src/plugins/search), and starts fetching its WebAssembly and metadata.
 */
function usePagefind(baseUrl: string): { load: () => Promise<PagefindModule> } {
  const loading = useRef<Promise<PagefindModule> | undefined>(undefined);
  const load = useCallback(() => {
    loading.current ??= (async () => {
      const url = `${baseUrl}pagefind/pagefind.js`;
      const pagefind = (await import(/* webpackIgnore: true */ url)) as PagefindModule;
      await pagefind.options({ excerptLength: EXCERPT_WORDS });
      await pagefind.init();
      return pagefind;
    })();
    loading.current.catch(() => {
      // Let a later attempt try again (e.g. the network came back).
      loading.current = undefined;
    });
    return loading.current;
  }, [baseUrl]);
  return { load };
}

/** Whether a key press is typing into something, where `/` is a character and not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The navbar's search: a button (Ctrl+K, ⌘K or `/`) that opens a modal
 * dialog with a combobox, a section filter and a listbox of results (title,
 * section, excerpt with the matches marked). Pagefind and its index are only
 * downloaded when the button is first focused, hovered or used.
 */
export default function SearchBar(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const history = useHistory();
  const sections = useSearchSections();
  const { load } = usePagefind(siteConfig.baseUrl);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [mounted, setMounted] = useState(false);
  const [isOpen, setIsOpen] = useState(false);
  const [shortcut, setShortcut] = useState('Ctrl K');
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [results, setResults] = useState<SearchResultView[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const id = useId();
  const ids = { title: `${id}-title`, input: `${id}-input`, listbox: `${id}-results`, option: (index: number) => `${id}-result-${index}` };

  const open = useCallback(() => {
    // The first opening on a page brings back the tab's last search (selected, so typing replaces it).
    if (!mounted) {
      const last = readLastSearch();
      setQuery(last.query);
      setSection(last.section);
    }
    setMounted(true);
    setIsOpen(true);
    void load().catch(() => undefined);
  }, [load, mounted]);
  const close = useCallback(() => {
    dialogRef.current?.close();
  }, []);

  // The dialog is rendered on first use; show it once it is in the document.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!isOpen || !dialog || dialog.open) return;
    dialog.showModal();
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [isOpen, mounted]);

  useEffect(() => {
    // Apple keyboards say ⌘; decided after hydration so the server-rendered button matches.
    if (/Mac|iPhone|iPad|iPod/.test(navigator.platform)) setShortcut('⌘ K');
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const modifierK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!modifierK && !slash) return;
      event.preventDefault();
      if (modifierK && dialogRef.current?.open) close();
      else open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  // Search as the query or the section filter changes; a newer query supersedes an older one.
  useEffect(() => {
    if (!mounted) return;
    saveLastSearch({ query, section });
    const text = query.trim();
    if (text === '') {
      setResults([]);
      setStatus({ kind: 'idle' });
      return;
    }
    let current = true;
    setStatus((previous) => (previous.kind === 'results' ? previous : { kind: 'loading' }));
    (async () => {
      let pagefind: PagefindModule;
      try {
        pagefind = await load();
      } catch {
        if (current) {
          setStatus({ kind: 'unavailable', reason: `The search index was not found at ${siteConfig.baseUrl}pagefind/: it is written by portal build.` });
        }
        return;
      }
      const search = await pagefind.debouncedSearch(text, section ? { filters: { section } } : {}, 120);
      if (!search || !current) return;
      const shown = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((result) => result.data()));
      if (!current) return;
      setResults(shown.map((data) => resultView(data, siteConfig.baseUrl)));
      setActive(0);
      setStatus({ kind: 'results', query: text, total: search.results.length });
    })().catch((error: unknown) => {
      if (current) setStatus({ kind: 'unavailable', reason: `The search failed: ${error instanceof Error ? error.message : String(error)}` });
    });
    return () => {
      current = false;
    };
  }, [query, section, mounted, load, siteConfig.baseUrl]);

  const follow = (result: SearchResultView, inNewTab: boolean) => {
    if (inNewTab) {
      window.open(result.path, '_blank', 'noopener');
      return;
    }
    close();
    history.push(result.path);
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (results.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      setActive(next);
      document.getElementById(ids.option(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = results[active];
      if (result) follow(result, event.ctrlKey || event.metaKey);
    }
  };

  const onOptionClick = (event: MouseEvent, result: SearchResultView) => {
    follow(result, event.ctrlKey || event.metaKey || event.shiftKey);
  };

  const expanded = status.kind === 'results' && results.length > 0;
  const announcement =
    status.kind === 'loading'
      ? 'Searching…'
      : status.kind === 'unavailable'
        ? status.reason
        : status.kind === 'results'
          ? status.total === 0
            ? `No results for “${status.query}”${section ? ` in ${section}` : ''}.`
            : `${status.total} ${status.total === 1 ? 'result' : 'results'}${status.total > results.length ? `, the first ${results.length} shown` : ''}. Use the up and down arrows to choose, Enter to open.`
          : '';

  return (
    <>
      <button
        type="button"
        className={styles.button}
        aria-label="Search"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={open}
        onFocus={() => void load().catch(() => undefined)}
        onPointerEnter={() => void load().catch(() => undefined)}
      >
        <SearchIcon />
        <span className={styles.buttonLabel}>Search</span>
        <kbd className={styles.buttonShortcut}>{shortcut}</kbd>
      </button>
      {mounted && (
        <dialog
          ref={dialogRef}
          className={styles.dialog}
          aria-labelledby={ids.title}
          onClose={() => setIsOpen(false)}
          onKeyDown={(event) => {
            // Escape closes from any control: Chromium leaves it to a focused <select>, and
            // ignores the dialog's own Escape after a change made without a user gesture.
            if (event.key !== 'Escape') return;
            event.preventDefault();
            close();
          }}
          onClick={(event) => {
            // A click on the backdrop (outside the panel) lands on the dialog itself.
            if (event.target === dialogRef.current) close();
          }}
        >
          <div className={styles.panel}>
            <h2 id={ids.title} className={styles.visuallyHidden}>
              Search {siteConfig.title}
            </h2>
            <div className={styles.controls}>
              <SearchIcon />
              <input
                ref={inputRef}
                id={ids.input}
                className={styles.input}
                type="search"
                role="combobox"
                aria-label="Search the documentation, API and HTTP API"
                aria-autocomplete="list"
                aria-expanded={expanded}
                aria-controls={ids.listbox}
                aria-activedescendant={expanded ? ids.option(active) : undefined}
                placeholder="Search"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                enterKeyHint="go"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                onKeyDown={onInputKeyDown}
              />
              <select className={styles.section} aria-label="Section" value={section} onChange={(event) => setSection(event.target.value)}>
                <option value="">All sections</option>
                {sections.map((s) => (
                  <option key={s.path} value={s.label}>
                    {s.label}
                  </option>
                ))}
              </select>
              <button type="button" className={styles.close} onClick={close}>
                Close
              </button>
            </div>
            <p className={clsx(styles.status, status.kind !== 'unavailable' && expanded && styles.visuallyHidden)} role="status">
              {announcement}
            </p>
            <ul id={ids.listbox} role="listbox" aria-label="Results" className={styles.results} hidden={!expanded}>
              {expanded &&
                results.map((result, index) => (
                  <li
                    key={`${result.path}-${index}`}
                    id={ids.option(index)}
                    role="option"
                    aria-selected={index === active}
                    className={clsx(styles.result, index === active && styles.resultActive)}
                    onMouseMove={() => index !== active && setActive(index)}
                    onClick={(event) => onOptionClick(event, result)}
                    onAuxClick={(event) => event.button === 1 && follow(result, true)}
                  >
                    <span className={styles.resultHeader}>
                      <span className={styles.resultTitle}>
                        {result.title}
                        {result.heading && <span className={styles.resultHeading}> › {result.heading}</span>}
                      </span>
                      {result.section && <span className={styles.resultSection}>{result.section}</span>}
                    </span>
                    <span className={styles.resultExcerpt}>
                      {result.excerpt.map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
                    </span>
                  </li>
                ))}
            </ul>
            <p className={styles.hints} aria-hidden="true">
              <kbd>↑</kbd> <kbd>↓</kbd> to choose · <kbd>Enter</kbd> to open · <kbd>Esc</kbd> to close
            </p>
          </div>
        </dialog>
      )}
    </>
  );
}

function SearchIcon(): ReactNode {
  return (
    <svg className={styles.icon} width="16" height="16" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="8.5" cy="8.5" r="6" stroke="currentColor" strokeWidth="2" fill="none" />
      <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
