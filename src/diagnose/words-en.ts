import { num as fmt, pct, samplesText, type WordTable } from './words-format.js';

const n = (x: number): string => fmt(x, 'en');
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
const ex = (samples: Parameters<typeof samplesText>[0]): string => samplesText(samples, 'en');
/** Calls as a share of the quota (0 when no quota is known). */
const ofQuota = (calls: number, quota: number): number => (quota > 0 ? calls / quota : 0);
/** A share of the quota as a percentage; "<1" rather than a misleading "0". */
const share = (x: number): string => (x > 0 && pct(x) === '0' ? '<1' : pct(x));
/** "once", "twice", "3 times". */
const times = (count: number): string => (count === 1 ? 'once' : count === 2 ? 'twice' : `${n(count)} times`);

export const EN: WordTable = {
  'rate-window': (e) => {
    const over = e.peakCalls > e.limit;
    const title =
      e.count606 > 0
        ? `${s(e.count606, 'call', 'calls')} rejected by the rate limit (606); peak ${n(e.peakCalls)} calls in 20 s`
        : `Up to ${n(e.peakCalls)} calls in 20 s, above the limit of ${e.limit}`;
    const seen = over
      ? `From ${e.peakStart} the client sent ${n(e.peakCalls)} calls in 20 s (${n(e.peakCalls / 20)} per second). ` +
        `It stayed above ${e.limit} calls per 20 s for ${s(e.secondsAbove100, 'second', 'seconds')} in ${s(e.episodesAbove100, 'stretch', 'stretches')}, the first at ${e.firstAbove100At}.`
      : `This client never sent more than ${e.limit} calls in 20 s (its peak was ${n(e.peakCalls)}, from ${e.peakStart}).`;
    const others = 'so other integrations on the same instance (or calls missing from this log) had used up the shared limit';
    let match = '';
    if (e.count606 > 0) {
      if (e.outside606 === 0)
        match = e.count606 === 1 ? ' The 606 came while this client was over the limit.' : ` All 606 responses (${n(e.count606)}) came while this client was over the limit.`;
      else if (e.inside606 === 0)
        match = e.count606 === 1 ? ` The 606 came while this client was under the limit, ${others}.` : ` All 606 responses (${n(e.count606)}) came while this client was under the limit, ${others}.`;
      else
        match = ` Of the 606 responses, ${n(e.inside606)} came while this client was over the limit and ${n(e.outside606)} while it was under it; for those, other integrations on the same instance (or calls missing from this log) had used up the shared limit.`;
    }
    const throttle = `${e.advised} calls per 20 s (${n(e.advised / 20)} per second), with one rate limiter shared by all its threads and processes`;
    const advice = over
      ? ` Throttle this integration to at most ${throttle}, and after a 606 send nothing more until 20 seconds have passed.`
      : ` Keep this integration at or below ${throttle}, agree with the owners of the other integrations how to share the ${e.limit} calls per 20 s (Admin > Web Services shows calls per API user), and after a 606 wait 20 seconds before retrying.`;
    return { title, advice: `${seen}${match}${advice}${ex(e.samples606)}` };
  },

  concurrency: (e) => {
    const timed = e.peakInFlight > 0;
    const over = e.peakInFlight > e.limit;
    const title =
      e.count615 > 0
        ? `${s(e.count615, 'call', 'calls')} rejected for too many concurrent requests (615)` + (timed ? `; this log peaks at ${n(e.peakInFlight)} in flight` : '')
        : `Up to ${n(e.peakInFlight)} requests in flight at once, above the limit of ${e.limit}`;
    const seen = !timed
      ? 'The log has no request durations, so the number of calls in flight cannot be measured.'
      : over
        ? `At ${e.peakAt} ${n(e.peakInFlight)} requests were in flight at once; ${s(e.startsAboveLimit, 'call', 'calls')} started while more than ${e.limit} were running.`
        : `This client never had more than ${s(e.peakInFlight, 'request', 'requests')} in flight (peak at ${e.peakAt}), under the limit of ${e.limit}.`;
    const others = 'so other integrations on the same instance had calls in flight too';
    let match = '';
    if (e.count615 > 0 && timed) {
      if (e.outside615 === 0)
        match = e.count615 === 1 ? ' The 615 came at such a moment.' : ` All 615 responses (${n(e.count615)}) came at such moments.`;
      else if (e.inside615 === 0)
        match = e.count615 === 1 ? ` The 615 came while this client was under the limit, ${others}.` : ` All 615 responses (${n(e.count615)}) came while this client was under the limit, ${others}.`;
      else
        match = ` Of the 615 responses, ${n(e.inside615)} came at such moments and ${n(e.outside615)} at other times (other integrations, or calls without timing).`;
    }
    const advice = ` Cap the HTTP connection pool or worker count at 5 (the instance allows ${e.limit} in flight, shared by every integration) and retry a 615 after a short wait of 1-2 s.`;
    return { title, advice: `${seen}${match}${advice}${ex(e.samples615)}` };
  },

  'retry-too-soon': (e) => {
    const parts: string[] = [];
    if (e.retriesTooSoon > 0) {
      const gap = n(e.medianGapSeconds ?? 0);
      const sent =
        e.retriesTooSoon === 1
          ? `1 request was sent again unchanged ${gap} s after a 606, inside the same 20-second window`
          : `${n(e.retriesTooSoon)} requests were sent again unchanged, a median of ${gap} s after a 606, inside the same 20-second window`;
      const again =
        e.rejectedAgain === 0
          ? 'none got 606 again this time, but each retry still counted against the limit.'
          : e.retriesTooSoon === 1
            ? 'it got 606 again.'
            : `${n(e.rejectedAgain)} of them got 606 again.`;
      parts.push(`${sent}; ${again}`);
    }
    if (e.tightLoops > 0)
      parts.push(
        `In ${s(e.tightLoops, 'case', 'cases')} the same failing request was sent 5 or more times within 10 s (${s(e.tightLoopCalls, 'call', 'calls')} in all).`,
      );
    const title =
      e.retriesTooSoon > 0
        ? `${s(e.retriesTooSoon, 'retry', 'retries')} within 20 s of a 606`
        : `${s(e.tightLoops, 'tight retry loop', 'tight retry loops')} on failing requests`;
    return {
      title,
      advice:
        `${parts.join(' ')} After a 606, wait until 20 seconds have passed (or back off exponentially up to 20 s) before retrying, ` +
        `and give up on a request after 3-5 attempts with growing delays.${ex(e.samples.length > 0 ? e.samples : e.loopSamples)}`,
    };
  },

  'retry-pointless': (e) => {
    const codeList = Object.keys(e.byCode);
    const codes = codeList.join(', ');
    const parts: string[] = [];
    if (e.pointlessRetries > 0) {
      const sent =
        e.pointlessRetries === 1
          ? `A request that failed with ${codes} was sent again unchanged.`
          : `Requests that failed with ${codes} were sent again unchanged ${times(e.pointlessRetries)}.`;
      parts.push(
        `${sent} ${codeList.length === 1 ? 'This code means' : 'These codes mean'} that the request, the data or the permissions must change first; an identical retry fails the same way and still uses a call from the daily quota. Fix the request or the record instead.`,
      );
    }
    if (e.callsAfter607 > 0)
      parts.push(
        `After the daily quota ran out (first 607 at ${e.first607At}), ${s(e.callsAfter607, 'more call was', 'more calls were')} made before the reset at ${e.quotaResetAt} (midnight US Central). On a 607, stop every call to the instance until then.`,
      );
    const title =
      e.callsAfter607 > 0
        ? `${s(e.callsAfter607, 'call', 'calls')} made after the daily quota was used up (607)`
        : `${s(e.pointlessRetries, 'unchanged retry of an error', 'unchanged retries of errors')} that retrying cannot fix (${codes})`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'token-handling': (e) => {
    const parts: string[] = [];
    if (e.wastedCalls > 0) {
      const run =
        e.episodes === 1
          ? `${s(e.wastedCalls, 'more call', 'more calls')}${e.wastedCalls > 1 ? ' in a row' : ''}`
          : `${s(e.wastedCalls, 'more call', 'more calls')} in ${n(e.episodes)} separate runs (the longest ${n(e.longestStreak)})`;
      parts.push(
        `After a 601/602 the client kept sending the rejected token for ${run}. On 601 or 602, get a new token from /identity/oauth/token before the next call, then retry the failed call once.`,
      );
    }
    if (e.identityTooOften)
      parts.push(
        `The client asked for a token ${times(e.identityCalls)} (up to ${n(e.maxIdentityPerHour)} in one hour) for ${s(e.apiCalls, 'API call', 'API calls')}. A token lives 3600 s: cache it, share it between workers, and reuse it until expires_in runs out or a 601/602 arrives.`,
      );
    const title =
      e.wastedCalls > 0
        ? `${s(e.wastedCalls, 'call', 'calls')} sent with a token already rejected (601/602)`
        : `Access token requested ${times(e.identityCalls)} for ${s(e.apiCalls, 'API call', 'API calls')}`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'near-limits': (e) => {
    const parts: string[] = [];
    const body = [
      e.rejected413 > 0 ? `${s(e.rejected413, 'request was', 'requests were')} rejected as too large (413)` : '',
      e.nearBody > 0 ? `${s(e.nearBody, 'accepted request', 'accepted requests')} used over 80% of the 1 MB body limit` : '',
    ].filter(Boolean);
    if (body.length > 0)
      parts.push(
        `${body.join('; ')}${e.maxRequestBytes > 0 ? `; the largest body in the log is ${n(e.maxRequestBytes)} bytes` : ''}. ` +
          'Keep each body under 1 MB (10 MB for Import Lead): measure the serialised JSON and move the records that do not fit into the next request.',
      );
    const uri = [
      e.rejected414 > 0 ? `${s(e.rejected414, 'request was', 'requests were')} rejected for a URI longer than 8 KB (414)` : '',
      e.overUriGet > 0 ? `${s(e.overUriGet, 'GET had', 'GETs had')} a URL over 8 KB` : '',
      e.nearUri > 0 ? `${s(e.nearUri, 'accepted request', 'accepted requests')} used over 80% of the 8 KB URI limit` : '',
    ].filter(Boolean);
    if (uri.length > 0)
      parts.push(
        `${uri.join('; ')}; the longest URL in the log is ${n(e.maxUrlBytes)} bytes. Send long lookups as POST with _method=GET in the URL and the query string as a form-encoded body, or split filterValues across calls.`,
      );
    if (e.bigBatches > 0)
      parts.push(
        `${s(e.bigBatches, 'request', 'requests')} carried more than 300 records (up to ${n(e.maxBatchRecords)}); split input[] into batches of at most 300.`,
      );
    const rejected = e.rejected413 + e.rejected414;
    const title =
      rejected > 0
        ? `${s(rejected, 'request', 'requests')} rejected for size (413/414)`
        : `${s(e.nearBody + e.nearUri + e.overUriGet + e.bigBatches, 'request', 'requests')} close to Marketo's size limits`;
    return { title, advice: parts.join(' ') + ex([...e.bodySamples, ...e.uriSamples, ...e.batchSamples]) };
  },

  'daily-quota': (e) => {
    const worst = e.worstDays[0];
    const days = e.worstDays.map((d) => `${d.day}: ${s(d.calls, 'call', 'calls')} (${share(ofQuota(d.calls, e.dailyQuota))}%)`).join(', ');
    const title =
      e.count607 > 0
        ? `Daily quota used up: ${s(e.count607, 'call', 'calls')} rejected with 607`
        : `Up to ${n(worst?.calls ?? 0)} calls in one day, ${share(ofQuota(worst?.calls ?? 0, e.dailyQuota))}% of the daily quota of ${n(e.dailyQuota)}`;
    const perDay =
      worst === undefined
        ? 'The log has no timestamps, so calls cannot be counted per day.'
        : `Calls that count against the quota of ${n(e.dailyQuota)}, per US Central day, busiest first: ${days}.`;
    const on607 = e.count607 > 0 && e.days607.length > 0 ? ` Marketo answered 607 on ${e.days607.join(', ')}.` : '';
    const others =
      e.count607 > 0 && worst !== undefined && worst.share < 0.8
        ? ' This log accounts for only a small part of the quota, so other integrations (or calls missing from this log) used the rest; Admin > Web Services shows calls per API user.'
        : '';
    return {
      title,
      advice:
        `${perDay}${on607}${others}` +
        ' Cut the volume: send batches of up to 300 records or use the bulk APIs instead of one call per record, cache lookups, and on a 607 stop until midnight US Central. If the volume is genuinely needed, ask Marketo for a larger quota.',
    };
  },

  'record-patterns': (e) => {
    const parts: string[] = [];
    if (e.wholeBatch1006 > 0) {
      const names = e.fields.map((f) => f.name).join(', ');
      parts.push(
        `In ${s(e.wholeBatch1006, 'request', 'requests')} every record (${n(e.wholeBatch1006Records)} in all) was skipped with 1006 because Marketo does not know the ${e.fields.length === 1 ? 'field' : 'fields'} ${names}. Use the REST API name of each field (see Describe Lead) or drop it from the request.`,
      );
    }
    if (e.createOnlyRequests > 0)
      parts.push(
        `${s(e.createOnlyDuplicates, 'record', 'records')} in ${s(e.createOnlyRequests, 'createOnly request', 'createOnly requests')} already existed (1005); use createOrUpdate, or look the records up before creating them.`,
      );
    if (e.listRequests > 0) {
      const what = [
        e.listNotFound > 0 ? `${s(e.listNotFound, 'lead that does not exist', 'leads that do not exist')} (1004)` : '',
        e.listNotInList > 0 ? `${s(e.listNotInList, 'lead that is not in the list', 'leads that are not in the list')} (1015)` : '',
      ].filter(Boolean);
      parts.push(
        `${s(e.listRequests, 'list request', 'list requests')} named ${what.join(' and ')}; send only ids that exist, and when removing leads, treat a 1015 as already done.`,
      );
    }
    const title =
      e.wholeBatch1006 > 0
        ? `${s(e.wholeBatch1006, 'batch', 'batches')} skipped entirely for an unknown field (1006)`
        : e.createOnlyRequests > 0
          ? `${s(e.createOnlyDuplicates, 'record', 'records')} sent with createOnly already existed (1005)`
          : `${s(e.listRequests, 'list request', 'list requests')} named missing leads or non-members (1004/1015)`;
    return { title, advice: parts.join(' ') + ex([...e.batchSamples, ...e.createOnlySamples, ...e.listSamples]) };
  },
};
