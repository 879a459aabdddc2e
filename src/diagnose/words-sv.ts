import { num as fmt, pct, samplesText, type WordTable } from './words-format.js';

const n = (x: number): string => fmt(x, 'sv');
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
const ex = (samples: Parameters<typeof samplesText>[0]): string => samplesText(samples, 'sv');

export const SV: WordTable = {
  'rate-window': (e) => {
    const title =
      e.count606 > 0
        ? `${s(e.count606, 'anrop', 'anrop')} avvisades av anropsgränsen (606); som mest ${n(e.peakCalls)} anrop på 20 s`
        : `Upp till ${n(e.peakCalls)} anrop på 20 s, över gränsen ${e.limit}`;
    const seen =
      e.peakCalls > e.limit
        ? `Från ${e.peakStart} skickade klienten ${n(e.peakCalls)} anrop på 20 s (${n(e.peakCalls / 20)}/s). ` +
          `Den låg över ${e.limit} per 20 s i ${s(e.secondsAbove100, 'sekund', 'sekunder')} fördelat på ${s(e.episodesAbove100, 'tillfälle', 'tillfällen')}, första gången ${e.firstAbove100At}.`
        : `Den här loggen går aldrig över ${e.limit} anrop per 20 s (som mest ${n(e.peakCalls)} från ${e.peakStart}).`;
    const match =
      e.count606 > 0
        ? ` Av ${s(e.count606, '606-svar', '606-svar')} kom ${n(e.inside606)} medan klienten låg över gränsen och ${n(e.outside606)} utanför sådana fönster` +
          (e.outside606 > 0 ? ', där andra integrationer på samma instans måste ha förbrukat den delade gränsen.' : '.')
        : '';
    const advice =
      `${seen}${match} Begränsa integrationen till högst 2,5 anrop per sekund (${e.advised} per 20 s) med en gemensam hastighetsbegränsare för alla dess trådar och processer, ` +
      `och skicka ingenting mer efter en 606 förrän dess 20-sekundersfönster har passerat.${ex(e.samples606)}`;
    return { title, advice };
  },

  concurrency: (e) => ({
    title:
      e.count615 > 0
        ? `${s(e.count615, 'anrop', 'anrop')} avvisades för för många samtidiga förfrågningar (615); som mest ${n(e.peakInFlight)} samtidigt`
        : `Upp till ${n(e.peakInFlight)} förfrågningar pågick samtidigt, över gränsen ${e.limit}`,
    advice:
      `Vid ${e.peakAt} pågick ${n(e.peakInFlight)} förfrågningar samtidigt; ${s(e.startsAboveLimit, 'anrop', 'anrop')} startade medan fler än ${e.limit} pågick` +
      (e.count615 > 0 ? `, och ${n(e.inside615)} av ${s(e.count615, '615-svar', '615-svar')} kom vid sådana tillfällen (${n(e.outside615)} vid andra tider, från andra integrationer eller anrop utan tidsuppgift).` : '.') +
      ` Begränsa HTTP-anslutningspoolen eller antalet arbetare till 5 (högst 10, som hela instansen delar) och vänta en sekund innan en 615 försöks igen.${ex(e.samples615)}`,
  }),

  'retry-too-soon': (e) => {
    const parts: string[] = [];
    if (e.retriesTooSoon > 0)
      parts.push(
        `${s(e.retriesTooSoon, 'förfrågan', 'förfrågningar')} skickades oförändrade igen i median ${n(e.medianGapSeconds ?? 0)} s efter en 606, inom samma 20-sekundersfönster; ${n(e.rejectedAgain)} av dem fick 606 igen.`,
      );
    if (e.tightLoops > 0)
      parts.push(`${s(e.tightLoops, 'gång', 'gånger')} upprepades samma misslyckade förfrågan 5 gånger eller fler inom 10 s (${s(e.tightLoopCalls, 'anrop', 'anrop')} totalt).`);
    const title =
      e.retriesTooSoon > 0
        ? `${s(e.retriesTooSoon, 'nytt försök', 'nya försök')} inom 20 s efter en 606`
        : `${s(e.tightLoops, 'tät omförsöksslinga', 'täta omförsöksslingor')} med misslyckade förfrågningar`;
    return {
      title,
      advice:
        `${parts.join(' ')} Vänta efter en 606 tills 20-sekundersfönstret har passerat (eller backa exponentiellt upp till 20 s) innan du försöker igen, ` +
        `och ge upp en förfrågan efter några försök med växande väntetider.${ex(e.samples.length > 0 ? e.samples : e.loopSamples)}`,
    };
  },

  'retry-pointless': (e) => {
    const codes = Object.keys(e.byCode).join(', ');
    const parts: string[] = [];
    if (e.pointlessRetries > 0)
      parts.push(
        `Förfrågningar som misslyckades med ${codes} skickades oförändrade igen ${s(e.pointlessRetries, 'gång', 'gånger')}; de koderna betyder att förfrågan, data eller behörigheter är fel, så samma förfrågan misslyckas igen. Rätta förfrågan eller data i stället för att försöka igen.`,
      );
    if (e.callsAfter607 > 0)
      parts.push(
        `Efter att dagskvoten tog slut (första 607 ${e.first607At}) gjordes ${s(e.callsAfter607, 'anrop till', 'anrop till')} före återställningen ${e.quotaResetAt} (midnatt amerikansk centraltid). Stoppa alla anrop vid en 607 fram till dess.`,
      );
    const title =
      e.callsAfter607 > 0
        ? `${s(e.callsAfter607, 'anrop', 'anrop')} gjordes efter att dagskvoten var slut (607)`
        : `${s(e.pointlessRetries, 'nytt försök', 'nya försök')} med fel som inte kan lyckas vid omförsök`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'token-handling': (e) => {
    const parts: string[] = [];
    if (e.wastedCalls > 0)
      parts.push(
        `Efter en 601/602 fortsatte klienten med den avvisade token i ${s(e.wastedCalls, 'anrop till', 'anrop till')} (${s(e.episodes, 'tillfälle', 'tillfällen')}, längsta följd ${n(e.longestStreak)}). Hämta vid 601 eller 602 en ny token från /identity/oauth/token före nästa anrop och försök sedan en gång till.`,
      );
    if (e.identityTooOften)
      parts.push(
        `Klienten begärde en token ${s(e.identityCalls, 'gång', 'gånger')} (upp till ${n(e.maxIdentityPerHour)} på en timme) för ${s(e.apiCalls, 'API-anrop', 'API-anrop')}. En token gäller i 3600 s: spara den och återanvänd den tills expires_in har löpt ut eller en 601/602 kommer.`,
      );
    const title =
      e.wastedCalls > 0
        ? `${s(e.wastedCalls, 'anrop', 'anrop')} skickades med en token som redan avvisats (601/602)`
        : `Åtkomsttoken begärdes ${s(e.identityCalls, 'gång', 'gånger')} för ${s(e.apiCalls, 'API-anrop', 'API-anrop')}`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'near-limits': (e) => {
    const parts: string[] = [];
    const body = [
      e.rejected413 > 0 ? `${s(e.rejected413, 'förfrågan', 'förfrågningar')} avvisades som för stora (413)` : '',
      e.nearBody > 0 ? `${s(e.nearBody, 'godkänd förfrågan', 'godkända förfrågningar')} använde över 80 % av gränsen på 1 MB för innehållet` : '',
    ].filter(Boolean);
    if (body.length > 0) parts.push(`${body.join("; ")}${e.maxRequestBytes > 0 ? ` (största ${n(e.maxRequestBytes)} byte)` : ""}. Skicka färre poster per förfrågan.`);
    const uri = [
      e.rejected414 > 0 ? `${s(e.rejected414, 'förfrågan', 'förfrågningar')} avvisades för för lång URI (414)` : '',
      e.overUriGet > 0 ? `${s(e.overUriGet, 'GET', 'GET')} hade en URL över 8 KB` : '',
      e.nearUri > 0 ? `${s(e.nearUri, 'godkänd förfrågan', 'godkända förfrågningar')} använde över 80 % av gränsen på 8 KB för URI:n` : '',
    ].filter(Boolean);
    if (uri.length > 0)
      parts.push(`${uri.join('; ')} (längsta ${n(e.maxUrlBytes)} byte). Skicka långa uppslag som POST med _method=GET i URL:en och frågesträngen som formulärkodad kropp.`);
    if (e.bigBatches > 0)
      parts.push(`${s(e.bigBatches, 'förfrågan', 'förfrågningar')} innehöll fler än 300 poster (upp till ${n(e.maxBatchRecords)}); dela upp input[] i omgångar om högst 300.`);
    const rejected = e.rejected413 + e.rejected414;
    const title =
      rejected > 0
        ? `${s(rejected, 'förfrågan', 'förfrågningar')} avvisades för sin storlek (413/414)`
        : `${s(e.nearBody + e.nearUri + e.overUriGet + e.bigBatches, 'förfrågan', 'förfrågningar')} nära Marketos storleksgränser`;
    return { title, advice: parts.join(' ') + ex([...e.bodySamples, ...e.uriSamples, ...e.batchSamples]) };
  },

  'daily-quota': (e) => {
    const worst = e.worstDays[0];
    const days = e.worstDays.map((d) => `${d.day}: ${n(d.calls)} (${pct(d.share)} %)`).join(', ');
    const title =
      e.count607 > 0
        ? `Dagskvoten förbrukad: ${s(e.count607, 'anrop', 'anrop')} avvisades med 607`
        : `Upp till ${n(worst?.calls ?? 0)} anrop på en dag, ${pct(worst?.share ?? 0)} % av dagskvoten ${n(e.dailyQuota)}`;
    return {
      title,
      advice:
        `Anrop som räknas mot kvoten per dag i amerikansk centraltid, flest först: ${days}.` +
        (e.count607 > 0 ? ` Marketo svarade 607 den ${e.days607.join(', ')}.` : '') +
        ` Minska antalet: använd omgångar om upp till 300 poster eller bulk-API:erna i stället för ett anrop per post, cacha uppslag och stoppa vid en 607 till midnatt amerikansk centraltid; be Marketo om en större kvot om volymen är verklig.`,
    };
  },

  'record-patterns': (e) => {
    const parts: string[] = [];
    if (e.wholeBatch1006 > 0)
      parts.push(
        `I ${s(e.wholeBatch1006, 'förfrågan', 'förfrågningar')} hoppades varje post (${n(e.wholeBatch1006Records)} totalt) över med 1006 för okända fält: ${e.fields.map((f) => f.name).join(', ')}. Använd fältets namn i REST-API:t (se Describe Lead) eller ta bort fältet ur förfrågan.`,
      );
    if (e.createOnlyRequests > 0)
      parts.push(
        `${s(e.createOnlyDuplicates, 'post', 'poster')} i ${s(e.createOnlyRequests, 'createOnly-förfrågan', 'createOnly-förfrågningar')} fanns redan (1005); använd createOrUpdate eller slå upp posterna innan de skapas.`,
      );
    if (e.listRequests > 0)
      parts.push(
        `${s(e.listRequests, 'listförfrågan', 'listförfrågningar')} angav leads som inte finns (${n(e.listNotFound)} med 1004) eller inte är med i listan (${n(e.listNotInList)} med 1015); skicka bara id:n som finns och, vid borttagning, som är medlemmar.`,
      );
    const title =
      e.wholeBatch1006 > 0
        ? `${s(e.wholeBatch1006, 'omgång', 'omgångar')} hoppades över helt för ett okänt fält (1006)`
        : e.createOnlyRequests > 0
          ? `${s(e.createOnlyDuplicates, 'dubblett', 'dubbletter')} skickades med createOnly (1005)`
          : `${s(e.listRequests, 'liståtgärd', 'liståtgärder')} på leads som inte finns där (1004/1015)`;
    return { title, advice: parts.join(' ') + ex([...e.batchSamples, ...e.createOnlySamples, ...e.listSamples]) };
  },
};
