import { isMarketoShaped, isObject, type Json } from '../marketo-body.js';

/**
 * A platform's search API answers with one JSON document holding the log
 * records in an array: Elasticsearch's hits.hits[], Datadog's data[], Azure
 * Monitor's records[], Splunk's results[], Graylog's messages[]. Rather than
 * name those keys (and miss the next platform's), the document's largest
 * array of objects a few levels down is taken as its records, when some of
 * its first elements read as calls: the leads of a Marketo result[], a
 * request's input[] or a list of headers never do.
 */

/** How deep under the document's top the records may lie (hits.hits is at 2). */
const MAX_DEPTH = 3;
/** Elements tried as calls before the array is taken for data. */
const PROBES = 5;

/** The records of an export document, or undefined when it is one record itself. */
export function exportedRecords(doc: Json, readsAsCall: (value: unknown) => boolean): unknown[] | undefined {
  // A HAR (or its `log` object) has a reader of its own; a Marketo body is one answer, not a log.
  if (isObject(doc.log) || Array.isArray(doc.entries) || isMarketoShaped(doc)) return undefined;
  const records = largestObjectArray(doc);
  if (!records) return undefined;
  const probes = records.slice(0, PROBES);
  return probes.some(readsAsCall) ? records : undefined;
}

/** The longest array that holds objects, found breadth-first; arrays in a Marketo body are its data. */
function largestObjectArray(doc: Json): unknown[] | undefined {
  let best: unknown[] | undefined;
  let level: Json[] = [doc];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Json[] = [];
    for (const o of level) {
      if (isMarketoShaped(o)) continue;
      for (const v of Object.values(o)) {
        if (isObject(v)) next.push(v);
        else if (Array.isArray(v) && v.length > (best?.length ?? 0) && v.some(isObject)) best = v;
      }
    }
    level = next;
  }
  return best;
}
