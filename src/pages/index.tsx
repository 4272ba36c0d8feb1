import Link from '@docusaurus/Link';
import { useAllDocsData, type GlobalPluginData } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import clsx from 'clsx';
import type { ReactNode } from 'react';
import type { ChangelogGlobalData } from '../plugins/changelog/index';
import type { HomeGlobalData } from '../plugins/home/index';
import styles from './index.module.css';

/** What docusaurus.config.ts passes down from portal.config.ts (see customFields.portal). */
interface PortalSummary {
  apiPackages: string[];
  openapiSpecs: string[];
  changelogs: string[];
  alertRuleFiles: number;
  /** One card per section the site has; docusaurus.config.ts leaves out the sections whose folder is missing. */
  sections: SectionCard[];
}

/** A home-page card: a docs section (linked to its main page) or a fixed route. */
interface SectionCard {
  title: string;
  description: string;
  /** The docs-plugin instance of the section; the card links to the section's main page. */
  docsPluginId?: string;
  /** A route, for sections that are not docs (releases, changelog). */
  to?: string;
}

/** The page a docs section opens on: the doc with `slug: /`, or the first of its sidebar. */
function mainDocPath(data: GlobalPluginData | undefined): string | undefined {
  const version = data?.versions[0];
  return version?.docs.find((doc) => doc.id === version.mainDocId)?.path;
}

/**
 * The home page: what the portal documents, as cards with the figures a
 * reader looks for first (latest release, doc and test coverage), then a card
 * per section. Each card only appears when the site has what it shows.
 */
export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const portal = siteConfig.customFields?.portal as PortalSummary;
  const changelog = usePluginData('portico-changelog') as ChangelogGlobalData | undefined;
  const glance = usePluginData('portico-home') as HomeGlobalData | undefined;
  const docsData = useAllDocsData();
  const cards = portal.sections
    .filter((section) => section.to !== '/changelog' || changelog?.index)
    .map((section) => ({ ...section, to: section.docsPluginId ? mainDocPath(docsData[section.docsPluginId]) : section.to }))
    .filter((section): section is SectionCard & { to: string } => section.to !== undefined);
  const start = cards[0]?.to;
  const apiPath = mainDocPath(docsData.api);
  const runbooksPath = mainDocPath(docsData.runbooks);
  return (
    <Layout title="Home" description={siteConfig.tagline}>
      <main>
        <header className={styles.hero}>
          <div className="container">
            <Heading as="h1">{siteConfig.title}</Heading>
            <p className={styles.tagline}>{siteConfig.tagline}</p>
            {start && (
              <Link className="button button--primary button--lg" to={start}>
                Get started
              </Link>
            )}
          </div>
        </header>
        <div className="container margin-vert--lg">
          <section aria-labelledby="documents-heading" className="margin-bottom--lg">
            <Heading as="h2" id="documents-heading">
              What this portal documents
            </Heading>
            <div className={styles.glance}>
              {changelog && changelog.latest.length > 0 && (
                <GlanceCard title={changelog.latest.length === 1 ? 'Latest release' : 'Latest releases'} link={changelog.index ? { to: changelog.index, label: 'Changelog' } : undefined}>
                  <ul className={styles.figures}>
                    {changelog.latest.map((release) => (
                      <li key={release.permalink}>
                        <Link to={release.permalink} className={styles.figure}>
                          {release.version}
                        </Link>{' '}
                        <span className={styles.figureLabel}>{release.changelog}</span>
                        {release.prerelease && <span className="badge badge--warning margin-left--sm">pre-release</span>}
                        {release.date && (
                          <div className={styles.detail}>
                            released <time dateTime={release.date}>{release.date}</time>
                          </div>
                        )}
                      </li>
                    ))}
                  </ul>
                </GlanceCard>
              )}
              {portal.apiPackages.length > 0 && (
                <GlanceCard title="TypeScript API" link={apiPath ? { to: apiPath, label: 'API reference' } : undefined}>
                  {glance?.docCoverage ? (
                    <>
                      <p className={styles.figureLine}>
                        <span className={styles.figure}>{glance.docCoverage.percent}</span> <span className={styles.figureLabel}>of the public API documented</span>
                      </p>
                      <ul className={styles.details}>
                        {glance.docCoverage.packages.map((pkg) => (
                          <li key={pkg.title}>
                            {pkg.title}: {pkg.percent}
                            {!pkg.passed && <span className="badge badge--danger margin-left--sm">below {glance.docCoverage!.threshold}%</span>}
                          </li>
                        ))}
                      </ul>
                      {apiPath && (
                        <p className={styles.detail}>
                          <Link to={`${apiPath.replace(/\/$/, '')}/coverage`}>Doc coverage report</Link>
                        </p>
                      )}
                    </>
                  ) : (
                    <ul className={styles.details}>
                      {portal.apiPackages.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                    </ul>
                  )}
                </GlanceCard>
              )}
              {glance && glance.coverage.length > 0 && (
                <GlanceCard title="Test coverage" link={{ to: '/dashboards/coverage', label: 'Coverage dashboard' }}>
                  {glance.coverage.map((suite) => (
                    <div key={suite.suite} className={styles.suite}>
                      <p className={styles.figureLine}>
                        <span className={styles.figure}>{suite.totals[0]?.percent ?? '—'}</span>{' '}
                        <span className={styles.figureLabel}>
                          {suite.totals[0]?.metric ?? 'no totals'} · {suite.suite}
                        </span>
                        {!suite.passed && <span className="badge badge--danger margin-left--sm">fails the gate</span>}
                      </p>
                      <p className={styles.detail}>
                        {suite.totals
                          .slice(1)
                          .map((total) => `${total.metric} ${total.percent}`)
                          .join(' · ')}
                        {suite.totals.length > 1 && ' · '}
                        run of <time dateTime={suite.date}>{suite.date}</time>
                      </p>
                    </div>
                  ))}
                </GlanceCard>
              )}
              {portal.openapiSpecs.length > 0 && (
                <GlanceCard title="HTTP APIs" link={{ to: '/http-api', label: 'HTTP API reference' }}>
                  <p className={styles.figureLine}>
                    <span className={styles.figure}>{portal.openapiSpecs.length}</span>{' '}
                    <span className={styles.figureLabel}>{portal.openapiSpecs.length === 1 ? 'OpenAPI spec, linted on every build' : 'OpenAPI specs, linted on every build'}</span>
                  </p>
                  <ul className={styles.details}>
                    {portal.openapiSpecs.map((id) => (
                      <li key={id}>
                        <Link to={`/http-api/${id}`}>{id}</Link>
                      </li>
                    ))}
                  </ul>
                </GlanceCard>
              )}
              {runbooksPath && (
                <GlanceCard title="Operations" link={{ to: runbooksPath, label: 'Runbooks' }}>
                  <p className={styles.figureLine}>
                    <span className={styles.figure}>{portal.alertRuleFiles}</span>{' '}
                    <span className={styles.figureLabel}>
                      {portal.alertRuleFiles === 1 ? 'alert-rule file' : 'alert-rule files'} checked against the runbooks
                    </span>
                  </p>
                  <p className={styles.detail}>Benchmarks and coverage over time are on the <Link to="/dashboards">dashboards</Link>.</p>
                </GlanceCard>
              )}
            </div>
          </section>
          {cards.length > 0 && (
            <section aria-labelledby="sections-heading">
              <Heading as="h2" id="sections-heading">
                Sections
              </Heading>
              <ul className={styles.sections}>
                {cards.map((section) => (
                  <li key={section.to} className={styles.card}>
                    <Heading as="h3">
                      <Link to={section.to}>{section.title}</Link>
                    </Heading>
                    <p>{section.description}</p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </main>
    </Layout>
  );
}

/** One "at a glance" card: a title, its figures, and a link to the page with the whole story. */
function GlanceCard({ title, link, children }: { title: string; link?: { to: string; label: string }; children: ReactNode }): ReactNode {
  const id = `glance-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className={clsx(styles.card, styles.glanceCard)} aria-labelledby={id}>
      <Heading as="h3" id={id} className={styles.glanceTitle}>
        {title}
      </Heading>
      <div className={styles.glanceBody}>{children}</div>
      {link && (
        <Link className={styles.more} to={link.to}>
          {link.label} →
        </Link>
      )}
    </section>
  );
}
