import { FanOutService } from '../../src/modules/ingestion/ingestion.fan-out.js';
import { IngestionPoller } from '../../src/modules/ingestion/ingestion.poller.js';
import type { TestApp } from './app.js';

/** What the worker does, run to completion: poll every due source until caught up, then fan out. */
export async function ingestAll(t: TestApp): Promise<void> {
  const poller = t.perch.app.get(IngestionPoller);
  const fanOut = t.perch.app.get(FanOutService);
  for (let round = 0; round < 50; round++) {
    const due = await poller.dueSources();
    if (!due.length) break;
    for (const id of due) {
      await poller.poll(id);
      await fanOut.fanOut(id);
    }
  }
}
