import type { WrapperProps } from '@docusaurus/types';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { ReactNode } from 'react';
import { SearchBody } from '../../components/Search/scope';

type Props = WrapperProps<typeof LayoutType>;

/** Every page's layout, with its content marked for the search index (components/Search/scope). */
export default function LayoutWrapper(props: Props): ReactNode {
  return (
    <Layout {...props}>
      <SearchBody>{props.children}</SearchBody>
    </Layout>
  );
}
