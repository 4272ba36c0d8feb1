import Link from '@docusaurus/Link';
import { useAllDocsData, type GlobalPluginData } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { usePluginData } from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { ChangelogGlobalData } from '../plugins/changelog/index';
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

function listOrNone(items: string[]): string {
  return items.length > 0 ? items.join(', ') : 'none configured yet';
}

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const portal = siteConfig.customFields?.portal as PortalSummary;
  const changelog = usePluginData('portico-changelog') as ChangelogGlobalData | undefined;
  const docsData = useAllDocsData();
  const cards = portal.sections
    .filter((section) => section.to !== '/changelog' || changelog?.index)
    .map((section) => ({ ...section, to: section.docsPluginId ? mainDocPath(docsData[section.docsPluginId]) : section.to }))
    .filter((section): section is SectionCard & { to: string } => section.to !== undefined);
  const start = cards[0]?.to;
  return (
    <Layout title="Home" description={siteConfig.tagline}>
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
      <main className="container margin-vert--lg">
        <section aria-labelledby="documents-heading" className="margin-bottom--lg">
          <Heading as="h2" id="documents-heading">What this portal documents</Heading>
          <ul>
            <li>TypeScript packages: {listOrNone(portal.apiPackages)}</li>
            <li>HTTP APIs (OpenAPI): {listOrNone(portal.openapiSpecs)}</li>
            <li>Changelogs: {listOrNone(portal.changelogs)}</li>
            <li>Alert-rule files checked against the runbooks: {portal.alertRuleFiles}</li>
          </ul>
        </section>
        {changelog && changelog.latest.length > 0 && (
          <section aria-labelledby="latest-heading" className="margin-bottom--lg">
            <Heading as="h2" id="latest-heading">Latest releases</Heading>
            <ul>
              {changelog.latest.map((release) => (
                <li key={release.permalink}>
                  <Link to={release.permalink}>
                    {release.changelog} {release.version}
                  </Link>
                  {release.date && <> — <time dateTime={release.date}>{release.date}</time></>}
                  {release.prerelease && ' (pre-release)'}
                </li>
              ))}
            </ul>
          </section>
        )}
        {cards.length > 0 && (
          <section aria-labelledby="sections-heading">
            <Heading as="h2" id="sections-heading">Sections</Heading>
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
      </main>
    </Layout>
  );
}
