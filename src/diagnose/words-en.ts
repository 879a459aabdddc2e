import { num as fmt, pct, samplesText, type WordTable } from './words-format.js';

const n = (x: number): string => fmt(x, 'en');
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
const ex = (samples: Parameters<typeof samplesText>[0]): string => samplesText(samples, 'en');

export const EN: WordTable = {
  'rate-window': (e) => {
    const title =
      e.count606 > 0
        ? `${s(e.count606, 'call', 'calls')} rejected by the rate limit (606); peak ${n(e.peakCalls)} calls in 20 s`
        : `Up to ${n(e.peakCalls)} calls in 20 s, above the limit of ${e.limit}`;
    const seen =
      e.peakCalls > e.limit
        ? `From ${e.peakStart} the client sent ${n(e.peakCalls)} calls in 20 s (${n(e.peakCalls / 20)}/s). ` +
          `It stayed above ${e.limit} per 20 s for ${s(e.secondsAbove100, 'second', 'seconds')} in ${s(e.episodesAbove100, 'episode', 'episodes')}, first at ${e.firstAbove100At}.`
        : `This log never exceeds ${e.limit} calls per 20 s (peak ${n(e.peakCalls)} from ${e.peakStart}).`;
    const match =
      e.count606 > 0
        ? ` Of ${s(e.count606, '606 response', '606 responses')}, ${n(e.inside606)} came while this client was above the limit and ${n(e.outside606)} outside such windows` +
          (e.outside606 > 0 ? ', where other integrations on the same instance must have used up the shared limit.' : '.')
        : '';
    const advice =
      `${seen}${match} Throttle this integration to at most 2.5 calls per second (${e.advised} per 20 s), with one rate limiter shared by all its threads and processes, ` +
      `and after a 606 send nothing more until its 20-second window has passed.${ex(e.samples606)}`;
    return { title, advice };
  },

  concurrency: (e) => ({
    title:
      e.count615 > 0
        ? `${s(e.count615, 'call', 'calls')} rejected for too many concurrent requests (615); peak ${n(e.peakInFlight)} in flight`
        : `Up to ${n(e.peakInFlight)} requests in flight at once, above the limit of ${e.limit}`,
    advice:
      `At ${e.peakAt} ${n(e.peakInFlight)} requests were running at the same time; ${s(e.startsAboveLimit, 'call', 'calls')} started while more than ${e.limit} were in flight` +
      (e.count615 > 0 ? `, and ${n(e.inside615)} of ${s(e.count615, '615 response', '615 responses')} came at such moments (${n(e.outside615)} at other times, from other integrations or calls without timing).` : '.') +
      ` Cap the HTTP connection pool or worker count at 5 (at most 10, which the whole instance shares) and wait a second before retrying a 615.${ex(e.samples615)}`,
  }),

  'retry-too-soon': (e) => {
    const parts: string[] = [];
    if (e.retriesTooSoon > 0)
      parts.push(
        `${s(e.retriesTooSoon, 'request was', 'requests were')} sent again unchanged a median of ${n(e.medianGapSeconds ?? 0)} s after a 606, inside the same 20-second window; ${n(e.rejectedAgain)} of them got 606 again.`,
      );
    if (e.tightLoops > 0)
      parts.push(`${s(e.tightLoops, 'time', 'times')} the same failing request was repeated 5 or more times within 10 s (${s(e.tightLoopCalls, 'call', 'calls')} in all).`);
    const title =
      e.retriesTooSoon > 0
        ? `${s(e.retriesTooSoon, 'retry', 'retries')} within 20 s of a 606`
        : `${s(e.tightLoops, 'tight retry loop', 'tight retry loops')} on failing requests`;
    return {
      title,
      advice:
        `${parts.join(' ')} After a 606 wait until the 20-second window has passed (or back off exponentially up to 20 s) before retrying, ` +
        `and give up on a request after a few attempts with growing delays.${ex(e.samples.length > 0 ? e.samples : e.loopSamples)}`,
    };
  },

  'retry-pointless': (e) => {
    const codes = Object.keys(e.byCode).join(', ');
    const parts: string[] = [];
    if (e.pointlessRetries > 0)
      parts.push(
        `Requests that failed with ${codes} were sent again unchanged ${s(e.pointlessRetries, 'time', 'times')}; these codes mean the request, data or permissions are wrong, so the same request fails again. Fix the request or the data instead of retrying.`,
      );
    if (e.callsAfter607 > 0)
      parts.push(
        `After the daily quota ran out (first 607 at ${e.first607At}), ${s(e.callsAfter607, 'more call was', 'more calls were')} made before the reset at ${e.quotaResetAt} (midnight US Central). On a 607, stop all calls until then.`,
      );
    const title =
      e.callsAfter607 > 0
        ? `${s(e.callsAfter607, 'call', 'calls')} made after the daily quota was used up (607)`
        : `${s(e.pointlessRetries, 'retry', 'retries')} of errors that cannot succeed on retry`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'token-handling': (e) => {
    const parts: string[] = [];
    if (e.wastedCalls > 0)
      parts.push(
        `After a 601/602 the client kept using the rejected token for ${s(e.wastedCalls, 'more call', 'more calls')} (${s(e.episodes, 'episode', 'episodes')}, longest run ${n(e.longestStreak)}). On 601 or 602, get a new token from /identity/oauth/token before the next call, then retry once.`,
      );
    if (e.identityTooOften)
      parts.push(
        `The client asked for a token ${s(e.identityCalls, 'time', 'times')} (up to ${n(e.maxIdentityPerHour)} in one hour) for ${s(e.apiCalls, 'API call', 'API calls')}. A token lives 3600 s: cache it and reuse it until expires_in runs out or a 601/602 arrives.`,
      );
    const title =
      e.wastedCalls > 0
        ? `${s(e.wastedCalls, 'call', 'calls')} sent with a token already rejected (601/602)`
        : `Access token requested ${s(e.identityCalls, 'time', 'times')} for ${s(e.apiCalls, 'API call', 'API calls')}`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'near-limits': (e) => {
    const parts: string[] = [];
    const body = [
      e.rejected413 > 0 ? `${s(e.rejected413, 'request was', 'requests were')} rejected as too large (413)` : '',
      e.nearBody > 0 ? `${s(e.nearBody, 'accepted request', 'accepted requests')} used over 80% of the 1 MB body limit` : '',
    ].filter(Boolean);
    if (body.length > 0) parts.push(`${body.join("; ")}${e.maxRequestBytes > 0 ? ` (largest ${n(e.maxRequestBytes)} bytes)` : ""}. Send fewer records per request.`);
    const uri = [
      e.rejected414 > 0 ? `${s(e.rejected414, 'request was', 'requests were')} rejected for a too-long URI (414)` : '',
      e.overUriGet > 0 ? `${s(e.overUriGet, 'GET had', 'GETs had')} a URL over 8 KB` : '',
      e.nearUri > 0 ? `${s(e.nearUri, 'accepted request', 'accepted requests')} used over 80% of the 8 KB URI limit` : '',
    ].filter(Boolean);
    if (uri.length > 0)
      parts.push(`${uri.join('; ')} (longest ${n(e.maxUrlBytes)} bytes). Send long lookups as POST with _method=GET in the URL and the query string as a form-encoded body.`);
    if (e.bigBatches > 0)
      parts.push(`${s(e.bigBatches, 'request', 'requests')} carried more than 300 records (up to ${n(e.maxBatchRecords)}); split input[] into batches of at most 300.`);
    const rejected = e.rejected413 + e.rejected414;
    const title =
      rejected > 0
        ? `${s(rejected, 'request', 'requests')} rejected for size (413/414)`
        : `${s(e.nearBody + e.nearUri + e.overUriGet + e.bigBatches, 'request', 'requests')} close to Marketo's size limits`;
    return { title, advice: parts.join(' ') + ex([...e.bodySamples, ...e.uriSamples, ...e.batchSamples]) };
  },

  'daily-quota': (e) => {
    const worst = e.worstDays[0];
    const days = e.worstDays.map((d) => `${d.day}: ${n(d.calls)} (${pct(d.share)}%)`).join(', ');
    const title =
      e.count607 > 0
        ? `Daily quota used up: ${s(e.count607, 'call', 'calls')} rejected with 607`
        : `Up to ${n(worst?.calls ?? 0)} calls in one day, ${pct(worst?.share ?? 0)}% of the daily quota of ${n(e.dailyQuota)}`;
    return {
      title,
      advice:
        `Calls counted against the quota per US Central day, busiest first: ${days}.` +
        (e.count607 > 0 ? ` Marketo answered 607 on ${e.days607.join(', ')}.` : '') +
        ` Cut the volume: use batches of up to 300 records or the bulk APIs instead of one call per record, cache lookups, and stop until midnight US Central on a 607; ask Marketo for a larger quota if the volume is real.`,
    };
  },

  'record-patterns': (e) => {
    const parts: string[] = [];
    if (e.wholeBatch1006 > 0)
      parts.push(
        `In ${s(e.wholeBatch1006, 'request', 'requests')} every record (${n(e.wholeBatch1006Records)} in all) was skipped with 1006 for unknown fields: ${e.fields.map((f) => f.name).join(', ')}. Use the field's REST API name (see Describe Lead) or drop it from the request.`,
      );
    if (e.createOnlyRequests > 0)
      parts.push(
        `${s(e.createOnlyDuplicates, 'record', 'records')} in ${s(e.createOnlyRequests, 'createOnly request', 'createOnly requests')} already existed (1005); use createOrUpdate, or look the records up before creating them.`,
      );
    if (e.listRequests > 0)
      parts.push(
        `${s(e.listRequests, 'list request', 'list requests')} named leads that do not exist (${n(e.listNotFound)} with 1004) or are not in the list (${n(e.listNotInList)} with 1015); send only ids that exist and, when removing, that are members.`,
      );
    const title =
      e.wholeBatch1006 > 0
        ? `${s(e.wholeBatch1006, 'batch', 'batches')} skipped entirely for an unknown field (1006)`
        : e.createOnlyRequests > 0
          ? `${s(e.createOnlyDuplicates, 'duplicate', 'duplicates')} sent with createOnly (1005)`
          : `${s(e.listRequests, 'list operation', 'list operations')} on leads not there (1004/1015)`;
    return { title, advice: parts.join(' ') + ex([...e.batchSamples, ...e.createOnlySamples, ...e.listSamples]) };
  },
};
