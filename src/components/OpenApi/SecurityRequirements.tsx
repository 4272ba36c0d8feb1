import Link from '@docusaurus/Link';
import type { ReactNode } from 'react';
import type { OperationSecurityView } from '../../lib/openapi/security-view';

/** Which credentials an operation needs: alternatives joined by "or", schemes of one alternative by "and". */
export default function SecurityRequirements({ security }: { security: OperationSecurityView }): ReactNode {
  if (security.alternatives.length === 0) return <p>No authentication required.</p>;
  return (
    <>
      {security.alternatives.length > 1 && <p>Any one of:</p>}
      <ul data-security="">
        {security.alternatives.map((alternative, i) => (
          <li key={i}>
            {alternative.schemes.map((scheme, j) => (
              <span key={scheme.key}>
                {j > 0 && ' and '}
                {scheme.permalink ? <Link to={scheme.permalink}>{scheme.key}</Link> : <code>{scheme.key}</code>}
                {scheme.kind && ` (${scheme.kind})`}
                {scheme.scopes.length > 0 && (
                  <>
                    {' '}
                    with scope{scheme.scopes.length > 1 ? 's' : ''}{' '}
                    {scheme.scopes.map((scope, k) => (
                      <span key={scope}>
                        {k > 0 && ', '}
                        <code>{scope}</code>
                      </span>
                    ))}
                  </>
                )}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {security.optional && <p>Authentication is optional.</p>}
    </>
  );
}
