import type { WrapperProps } from '@docusaurus/types';
import NotFound from '@theme-original/NotFound';
import type NotFoundType from '@theme/NotFound';
import type { ReactNode } from 'react';
import { NotIndexed } from '../../components/Search/scope';

type Props = WrapperProps<typeof NotFoundType>;

/** The "page not found" page is never indexed, whatever URL it is shown at. */
export default function NotFoundWrapper(props: Props): ReactNode {
  return (
    <NotIndexed>
      <NotFound {...props} />
    </NotIndexed>
  );
}
