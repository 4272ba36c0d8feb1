import type { ReactNode } from 'react';
import type { ReleaseView } from '../../plugins/changelog/routes';

/** Date and badges of a release: pre-release, yanked, unreleased. */
export default function ReleaseMeta({ release }: { release: ReleaseView }): ReactNode {
  return (
    <span className="release-meta">
      {release.date ? (
        <time dateTime={release.date} title={release.dateSource === 'git' ? 'date of the commit that added this release to the changelog' : undefined}>
          {release.date}
        </time>
      ) : release.version === 'Unreleased' ? null : (
        'undated'
      )}
      {release.version === 'Unreleased' && <span className="badge badge--info margin-left--sm">not released yet</span>}
      {release.prerelease && <span className="badge badge--warning margin-left--sm">pre-release</span>}
      {release.yanked && <span className="badge badge--danger margin-left--sm">yanked</span>}
    </span>
  );
}
