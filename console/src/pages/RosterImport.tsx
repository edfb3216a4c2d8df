import { useEffect, useState } from 'react';
import { ApiError, gql, upload } from '../api';
import { graphql } from '../gql';
import type { RosterImportCardQuery } from '../gql/graphql';
import { Badge, Empty, ErrorBox, Progress, Stat, Table } from '../ui';

const ImportDoc = graphql(`
  query RosterImportCard($id: ID!) {
    rosterImport(id: $id) {
      id
      status
      dryRun
      totalRows
      doneRows
      createdCount
      updatedCount
      invalidCount
      seatRefusedCount
      error
      rows(first: 200, outcomes: ["INVALID", "DUPLICATE", "SEAT_LIMIT"]) {
        line
        externalId
        outcome
        reason
      }
    }
  }
`);

type Import = RosterImportCardQuery['rosterImport'];

/**
 * A roster CSV (external_id, email, first/last name, optional coach email and cohort): a dry run
 * first, with what it would do row by row, then the import, with its progress.
 */
export function RosterImportCard({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const [current, setCurrent] = useState<Import | null>(null);

  // Polls a running import until it ends.
  useEffect(() => {
    if (!current || current.status !== 'RUNNING') return;
    const timer = setTimeout(() => {
      void gql(ImportDoc, { id: current.id })
        .then((d) => {
          setCurrent(d.rosterImport);
          if (d.rosterImport.status !== 'RUNNING' && !d.rosterImport.dryRun) onImported();
        })
        .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
    }, 500);
    return () => clearTimeout(timer);
  }, [current, onImported]);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await upload<{ import: { id: string } }>(
        `/imports/roster?dryRun=${dryRun}`,
        file,
        'text/csv',
      );
      const started = (await gql(ImportDoc, { id: r.import.id })).rosterImport;
      setCurrent(started);
      // A small import is done before its first poll: the seat counts change now.
      if (!started.dryRun && started.status !== 'RUNNING') onImported();
    } catch (e) {
      setError(e instanceof Error ? e : new ApiError(String(e), 'ERROR'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p className="muted">
        A UTF-8 CSV with the columns <code>external_id</code>, <code>email</code>,{' '}
        <code>first_name</code>, <code>last_name</code> and, if you like, <code>coach_email</code>{' '}
        and <code>cohort</code>. Importing the same file again changes nothing; students already in
        Perch are matched by their external id.
      </p>
      <div className="form-row">
        <div className="field">
          <label htmlFor="roster-file">Roster (.csv)</label>
          <input
            id="roster-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!file || busy}
          onClick={() => void send(true)}
        >
          Check (dry run)
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!file || busy || !current?.dryRun || current.status !== 'COMPLETED'}
          onClick={() => void send(false)}
        >
          Import
        </button>
      </div>
      <ErrorBox error={error} />
      {current && <ImportResult r={current} />}
    </>
  );
}

function ImportResult({ r }: { r: Import }) {
  return (
    <div aria-live="polite">
      <h3>
        {r.dryRun ? 'Dry run' : 'Import'}{' '}
        <Badge tone={r.status === 'FAILED' ? 'warn' : r.status === 'COMPLETED' ? 'ok' : 'neutral'}>
          {r.status.toLowerCase()}
        </Badge>
      </h3>
      <Progress
        value={r.doneRows}
        max={Math.max(r.totalRows, 1)}
        label={`Rows ${r.dryRun ? 'checked' : 'imported'}`}
      />
      <div className="stats">
        <Stat value={r.totalRows} label="rows" />
        <Stat value={r.createdCount} label={r.dryRun ? 'would be created' : 'created'} />
        <Stat value={r.updatedCount} label={r.dryRun ? 'would be updated' : 'updated'} />
        <Stat value={r.invalidCount} label="invalid or duplicate" />
        <Stat value={r.seatRefusedCount} label="beyond the seats" />
      </div>
      {r.error && <p role="alert">{r.error}</p>}
      {r.status === 'COMPLETED' &&
        (r.rows.length === 0 ? (
          <Empty>Every row is fine.</Empty>
        ) : (
          <Table
            label="Rows that need attention"
            columns={['Line', 'External id', 'Outcome', 'Why']}
          >
            {r.rows.map((row) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.externalId ?? '—'}</td>
                <td>
                  <Badge tone="warn">{row.outcome.toLowerCase().replace('_', ' ')}</Badge>
                </td>
                <td>{row.reason}</td>
              </tr>
            ))}
          </Table>
        ))}
    </div>
  );
}
