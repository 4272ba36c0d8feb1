import Link from '@docusaurus/Link';
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
}

interface Section {
  title: string;
  to: string;
  description: string;
}

const SECTIONS: Section[] = [
  { title: 'Docs', to: '/docs/getting-started', description: 'How Portico works: getting started, configuration, architecture and every command.' },
  { title: 'Tutorials', to: '/tutorials', description: 'Step by step: document your own project with Portico and gate it in CI.' },
  { title: 'RFCs', to: '/rfcs', description: 'Design proposals and decisions, with their status and discussion.' },
  { title: 'Runbooks', to: '/runbooks', description: 'What to do when an alert fires: diagnosis, mitigation and escalation.' },
  { title: 'Releases', to: '/blog', description: 'Release announcements, with RSS and Atom feeds.' },
  { title: 'Changelog', to: '/changelog', description: 'Every release, newest first, with its notes and compare link.' },
];

function listOrNone(items: string[]): string {
  return items.length > 0 ? items.join(', ') : 'none configured yet';
}

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const portal = siteConfig.customFields?.portal as PortalSummary;
  const changelog = usePluginData('portico-changelog') as ChangelogGlobalData | undefined;
  return (
    <Layout title="Home" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">{siteConfig.title}</Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <Link className="button button--primary button--lg" to="/docs/getting-started">
            Get started
          </Link>
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
        <section aria-labelledby="sections-heading">
          <Heading as="h2" id="sections-heading">Sections</Heading>
          <ul className={styles.sections}>
            {SECTIONS.filter((section) => section.to !== '/changelog' || changelog?.index).map((section) => (
              <li key={section.to} className={styles.card}>
                <Heading as="h3">
                  <Link to={section.to}>{section.title}</Link>
                </Heading>
                <p>{section.description}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
