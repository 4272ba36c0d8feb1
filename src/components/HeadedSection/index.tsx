import Heading from '@theme/Heading';
import type { ReactNode } from 'react';

/** Props of {@link HeadedSection}. */
export interface HeadedSectionProps {
  /** Id of the heading, which names the section (`aria-labelledby`) and is its anchor. */
  id: string;
  /** The heading's contents. */
  title: ReactNode;
  /** Heading level. */
  as?: 'h2' | 'h3';
  /** Class of the `<section>`. */
  className?: string;
  /** `data-*` attributes of the `<section>` (tests find sections by them). */
  data?: Record<`data-${string}`, string>;
  /** The section's body, after the heading. */
  children: ReactNode;
}

/**
 * A `<section>` named by its heading, so it is a landmark a screen reader
 * lists by that name. The id is on the heading, not the section: Docusaurus'
 * broken-anchor check only knows ids of headings.
 */
export default function HeadedSection({ id, title, as = 'h2', className, data, children }: HeadedSectionProps): ReactNode {
  return (
    <section className={className} aria-labelledby={id} {...data}>
      <Heading as={as} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
