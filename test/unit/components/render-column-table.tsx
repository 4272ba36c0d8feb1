/** Prints ColumnTable's static markup; run by column-table.test.ts in a child process (see test/unit/dashboards/render). */
import { renderToStaticMarkup } from 'react-dom/server';
import ColumnTable from '../../../src/components/ColumnTable/index.tsx';

process.stdout.write(
  renderToStaticMarkup(
    <ColumnTable columns={['Alert', 'Severity']} className="wide">
      <tr>
        <td>HighLatency</td>
        <td>page</td>
      </tr>
    </ColumnTable>,
  ),
);
process.stdout.write('\n');
process.stdout.write(
  renderToStaticMarkup(
    <ColumnTable columns={['Version']}>
      <tr>
        <td>1.0.0</td>
      </tr>
    </ColumnTable>,
  ),
);
process.stdout.write('\n');
process.stdout.write(
  renderToStaticMarkup(
    <ColumnTable columns={['Series', { label: 'Latest', className: 'number' }]} data-overview="api" caption="Suite api" captionClassName="srOnly">
      <tr>
        <td>GET /tasks</td>
        <td>84.7 ms</td>
      </tr>
    </ColumnTable>,
  ),
);
