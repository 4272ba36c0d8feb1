import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import SampleNotes from './SampleNotes';

/**
 * The frame of a dashboard page: the site layout, the page's heading, the
 * history files' notes (e.g. that the data is a sample), then the page.
 */
export default function DashboardFrame({ title, description, notes, children }: { title: string; description: string; notes: readonly string[]; children: ReactNode }): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <SampleNotes notes={notes} />
        {children}
      </main>
    </Layout>
  );
}
