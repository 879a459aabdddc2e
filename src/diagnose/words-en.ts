import { BULK_EN } from './bulk-words-en.js';
import type { PhraseBook } from './registry.js';
import { num, sampleList } from './words-format.js';

const n = (x: number): string => num(x, 'en');
/** Calls matched by method and URL alone (retry-too-soon, retry-pointless). */
const unseenBodies = (count: number): string =>
  `The log does not show the request bodies of ${n(count)} of these calls: they were taken for the same request ` +
  'because method and URL match, and may be different records sent to the same endpoint.';
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
/** "once", "twice", "3 times". */
const times = (count: number): string => (count === 1 ? 'once' : count === 2 ? 'twice' : `${n(count)} times`);
const all = (count: number, what: string): string =>
  count === 1 ? `The ${what} came` : `All ${what} responses (${n(count)}) came`;
const throttle = (advised: number): string =>
  `${advised} calls per 20 s (${n(advised / 20)} per second), with one rate limiter shared by all its threads ` +
  'and processes';

/** The English words of every diagnostic; the sentence logic is in each detector's `describe`. */
export const EN: PhraseBook = {
  ...BULK_EN,
  common: {
    examples: (samples) => (samples.length === 0 ? '' : `Examples: ${sampleList(samples)}.`),
    instancesTogether: (count) =>
      `This log holds calls to ${count} Marketo instances, counted together here, and each instance has its ` +
      'own limits: run the report once per instance with --instance <Munchkin id> to see which one went over.',
  },

  'rate-window': {
    title606: (e) =>
      `${s(e.count606, 'call', 'calls')} rejected by the rate limit (606); peak ${n(e.peakCalls)} calls in 20 s`,
    titleOver: (e) => `Up to ${n(e.peakCalls)} calls in 20 s, above the limit of ${e.limit}`,
    seenOver: (e) =>
      `From ${e.peakStart} the client sent ${n(e.peakCalls)} calls in 20 s (${n(e.peakCalls / 20)} per second). ` +
      `It stayed above ${e.limit} calls per 20 s for ${s(e.secondsAbove100, 'second', 'seconds')} in ` +
      `${s(e.episodesAbove100, 'stretch', 'stretches')}, the first at ${e.firstAbove100At}.`,
    seenUnder: (e) =>
      `This client never sent more than ${e.limit} calls in 20 s ` +
      `(its peak was ${n(e.peakCalls)}, from ${e.peakStart}).`,
    allInside: (e) => `${all(e.count606, '606')} while this client was over the limit.`,
    allOutside: (e) =>
      `${all(e.count606, '606')} while this client was under the limit, so other integrations on the same instance ` +
      '(or calls missing from this log) had used up the shared limit.',
    someInside: (e) =>
      `Of the 606 responses, ${n(e.inside606)} came while this client was over the limit and ${n(e.outside606)} ` +
      'while it was under it; for those, other integrations on the same instance (or calls missing from this log) ' +
      'had used up the shared limit.',
    adviceOver: (e) =>
      `Throttle this integration to at most ${throttle(e.advised)}, and after a 606 send nothing more until ` +
      '20 seconds have passed.',
    adviceUnder: (e) =>
      `Keep this integration at or below ${throttle(e.advised)}, agree with the owners of the other integrations ` +
      `how to share the ${e.limit} calls per 20 s (Admin > Web Services shows calls per API user), and after a 606 ` +
      'wait 20 seconds before retrying.',
  },

  concurrency: {
    title615: (e) => `${s(e.count615, 'call', 'calls')} rejected for too many concurrent requests (615)`,
    titlePeak: (e) => `; this log peaks at ${n(e.peakInFlight)} in flight`,
    titleOver: (e) => `Up to ${n(e.peakInFlight)} requests in flight at once, above the limit of ${e.limit}`,
    titleTogether: (e) =>
      `Up to ${n(e.togetherPeak ?? 0)} requests in flight at once across the logs read, above the limit of ${e.limit}`,
    seenTogether: (e) =>
      `Counted over every log read (every 100 ms), up to ${n(e.togetherPeak ?? 0)} requests were in flight at ` +
      `once (at ${e.togetherAt}), more than the ${n(e.peakInFlight)} that one log reached on its own: clients ` +
      `that run at the same time (pods, workers, other jobs) share the instance's limit of ${e.limit}.`,
    outsideTogether: (e) =>
      `Of the ${n(e.outside615)} 615 responses that came while their own log was under the limit, ` +
      `${n(e.outsideTogether615)} came when the logs together had ${e.limit} or more in flight.`,
    untimed: 'The log has no request durations, so the number of calls in flight cannot be measured.',
    seenOver: (e) =>
      `At ${e.peakAt} ${n(e.peakInFlight)} requests were in flight at once; ` +
      `${s(e.startsAboveLimit, 'call', 'calls')} started while more than ${e.limit} were running.`,
    seenUnder: (e) =>
      `This client never had more than ${s(e.peakInFlight, 'request', 'requests')} in flight ` +
      `(peak at ${e.peakAt}), under the limit of ${e.limit}.`,
    allInside: (e) =>
      e.count615 === 1
        ? 'The 615 came at such a moment.'
        : `All 615 responses (${n(e.count615)}) came at such moments.`,
    allOutside: (e) =>
      `${all(e.count615, '615')} while this client was under the limit, so other integrations on the same instance ` +
      'had calls in flight too.',
    someInside: (e) =>
      `Of the 615 responses, ${n(e.inside615)} came at such moments and ${n(e.outside615)} at other times ` +
      '(other integrations, or calls without timing).',
    advice: (e) =>
      `Cap the HTTP connection pool or worker count at 5 (the instance allows ${e.limit} in flight, shared by ` +
      'every integration) and retry a 615 after a short wait of 1-2 s.',
  },

  'retry-too-soon': {
    titleRetries: (e) => `${s(e.retriesTooSoon, 'retry', 'retries')} within 20 s of a 606`,
    titleLoops: (e) => `${s(e.tightLoops, 'tight retry loop', 'tight retry loops')} on failing requests`,
    retried: (e) =>
      e.retriesTooSoon === 1
        ? `1 request was sent again unchanged ${n(e.medianGapSeconds ?? 0)} s after a 606, ` +
          'inside the same 20-second window'
        : `${n(e.retriesTooSoon)} requests were sent again unchanged, a median of ${n(e.medianGapSeconds ?? 0)} s ` +
          'after a 606, inside the same 20-second window',
    noneAgain: () => 'none got 606 again this time, but each retry still counted against the limit.',
    someAgain: (e) => (e.retriesTooSoon === 1 ? 'it got 606 again.' : `${n(e.rejectedAgain)} of them got 606 again.`),
    loops: (e) =>
      `In ${s(e.tightLoops, 'case', 'cases')} the same failing request was sent 5 or more times within 10 s ` +
      `(${s(e.tightLoopCalls, 'call', 'calls')} in all).`,
    unseen: (e) => unseenBodies(e.bodiesUnseen),
    advice:
      'After a 606, wait until 20 seconds have passed (or back off exponentially up to 20 s) before retrying, ' +
      'and give up on a request after 3-5 attempts with growing delays.',
  },

  'retry-pointless': {
    titleAfter607: (e) => `${s(e.callsAfter607, 'call', 'calls')} made after the daily quota was used up (607)`,
    titleRetries: (e, codes) =>
      `${s(e.pointlessRetries, 'unchanged retry of an error', 'unchanged retries of errors')} that retrying ` +
      `cannot fix (${codes})`,
    retried: (e, codes, codeCount) =>
      (e.pointlessRetries === 1
        ? `A request that failed with ${codes} was sent again unchanged. `
        : `Requests that failed with ${codes} were sent again unchanged ${times(e.pointlessRetries)}. `) +
      `${codeCount === 1 ? 'This code means' : 'These codes mean'} that the request, the data or the permissions ` +
      'must change first; an identical retry fails the same way and still uses a call from the daily quota. ' +
      'Fix the request or the record instead.',
    after607: (e) =>
      `After the daily quota ran out (first 607 at ${e.first607At}), ` +
      `${s(e.callsAfter607, 'more call was', 'more calls were')} made before the reset at ${e.quotaResetAt} ` +
      '(midnight US Central). On a 607, stop every call to the instance until then.',
    unseen: (e) => unseenBodies(e.bodiesUnseen),
  },

  'token-handling': {
    titleWasted: (e) => `${s(e.wastedCalls, 'call', 'calls')} sent with a token already rejected (601/602)`,
    titleTooOften: (e) =>
      `Access token requested ${times(e.identityCalls)} for ${s(e.apiCalls, 'API call', 'API calls')}`,
    oneRun: (e) => `${s(e.wastedCalls, 'more call', 'more calls')}${e.wastedCalls > 1 ? ' in a row' : ''}`,
    manyRuns: (e) =>
      `${s(e.wastedCalls, 'more call', 'more calls')} in ${n(e.episodes)} separate runs ` +
      `(the longest ${n(e.longestStreak)})`,
    wasted: (run) =>
      `After a 601/602 the client kept sending the rejected token for ${run}. On 601 or 602, get a new token ` +
      'from /identity/oauth/token before the next call, then retry the failed call once.',
    tooOften: (e) =>
      `The client asked for a token ${times(e.identityCalls)} (up to ${n(e.maxIdentityPerHour)} in one hour) ` +
      `for ${s(e.apiCalls, 'API call', 'API calls')}. A token lives 3600 s: cache it, share it between workers, ` +
      'and reuse it until expires_in runs out or a 601/602 arrives.',
  },

  'near-limits': {
    titleRejected: (rejected) => `${s(rejected, 'request', 'requests')} rejected for size (413/414)`,
    titleNear: (requests) => `${s(requests, 'request', 'requests')} close to Marketo's size limits`,
    rejected413: (e) => `${s(e.rejected413, 'request was', 'requests were')} rejected as too large (413)`,
    nearBody: (e) => `${s(e.nearBody, 'accepted request', 'accepted requests')} used over 80% of the 1 MB body limit`,
    largestBody: (e) => `the largest body in the log is ${n(e.maxRequestBytes)} bytes`,
    bodyAdvice:
      'Keep each body under 1 MB (10 MB for Import Lead): measure the serialised JSON and move the records ' +
      'that do not fit into the next request.',
    rejected414: (e) => `${s(e.rejected414, 'request was', 'requests were')} rejected for a URI longer than 8 KB (414)`,
    overUriGet: (e) => `${s(e.overUriGet, 'GET had', 'GETs had')} a URL over 8 KB`,
    nearUri: (e) => `${s(e.nearUri, 'accepted request', 'accepted requests')} used over 80% of the 8 KB URI limit`,
    longestUrl: (e) => `the longest URL in the log is ${n(e.maxUrlBytes)} bytes`,
    uriAdvice:
      'Send long lookups as POST with _method=GET in the URL and the query string as a form-encoded body, ' +
      'or split filterValues across calls.',
    bigBatches: (e) =>
      `${s(e.bigBatches, 'request', 'requests')} carried more than 300 records (up to ${n(e.maxBatchRecords)}); ` +
      'split input[] into batches of at most 300.',
  },

  'daily-quota': {
    title607: (e) => `Daily quota used up: ${s(e.count607, 'call', 'calls')} rejected with 607`,
    titleBusiest: (e, calls, percent) =>
      `Up to ${n(calls)} calls in one day, ${percent}% of the daily quota of ${n(e.dailyQuota)}`,
    day: (day, calls, percent) => `${day}: ${s(calls, 'call', 'calls')} (${percent}%)`,
    perDay: (e, days) =>
      `Calls that count against the quota of ${n(e.dailyQuota)}, per US Central day, busiest first: ${days}.`,
    noTimes: 'The log has no timestamps, so calls cannot be counted per day.',
    on607: (e) => `Marketo answered 607 on ${e.days607.join(', ')}.`,
    others:
      'This log accounts for only a small part of the quota, so other integrations (or calls missing from this ' +
      'log) used the rest; Admin > Web Services shows calls per API user.',
    advice:
      'Cut the volume: send batches of up to 300 records or use the bulk APIs instead of one call per record, ' +
      'cache lookups, and on a 607 stop until midnight US Central. If the volume is genuinely needed, ask ' +
      'Marketo for a larger quota.',
  },

  'record-patterns': {
    titleBatches: (e) => `${s(e.wholeBatch1006, 'batch', 'batches')} skipped entirely for an unknown field (1006)`,
    titleCreateOnly: (e) =>
      `${s(e.createOnlyDuplicates, 'record', 'records')} sent with createOnly already existed (1005)`,
    titleList: (e) =>
      `${s(e.listRequests, 'list request', 'list requests')} named missing leads or non-members (1004/1015)`,
    unknownFields: (e, names) =>
      `In ${s(e.wholeBatch1006, 'request', 'requests')} every record (${n(e.wholeBatch1006Records)} in all) was ` +
      `skipped with 1006 because Marketo does not know the ${e.fields.length === 1 ? 'field' : 'fields'} ${names}. ` +
      'Use the REST API name of each field (see Describe Lead) or drop it from the request.',
    createOnly: (e) =>
      `${s(e.createOnlyDuplicates, 'record', 'records')} in ` +
      `${s(e.createOnlyRequests, 'createOnly request', 'createOnly requests')} already existed (1005); ` +
      'use createOrUpdate, or look the records up before creating them.',
    notFound: (e) => `${s(e.listNotFound, 'lead that does not exist', 'leads that do not exist')} (1004)`,
    notInList: (e) => `${s(e.listNotInList, 'lead that is not in the list', 'leads that are not in the list')} (1015)`,
    list: (e, what) =>
      `${s(e.listRequests, 'list request', 'list requests')} named ${what.join(' and ')}; send only ids that ` +
      'exist, and when removing leads, treat a 1015 as already done.',
  },
};
