import { num as fmt, pct, samplesText, type WordTable } from './words-format.js';

const n = (x: number): string => fmt(x, 'sv');
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
const ex = (samples: Parameters<typeof samplesText>[0]): string => samplesText(samples, 'sv');
/** Calls as a share of the quota (0 when no quota is known). */
const ofQuota = (calls: number, quota: number): number => (quota > 0 ? calls / quota : 0);
/** A share of the quota as a percentage; "<1" rather than a misleading "0". */
const share = (x: number): string => (x > 0 && pct(x) === '0' ? '<1' : pct(x));
/** "en gång", "två gånger", "3 gånger". */
const times = (count: number): string => (count === 1 ? 'en gång' : count === 2 ? 'två gånger' : `${n(count)} gånger`);

export const SV: WordTable = {
  'rate-window': (e) => {
    const over = e.peakCalls > e.limit;
    const title =
      e.count606 > 0
        ? `${n(e.count606)} anrop avvisades av anropsgränsen (606); som mest ${n(e.peakCalls)} anrop på 20 s`
        : `Upp till ${n(e.peakCalls)} anrop på 20 s, över gränsen på ${e.limit}`;
    const seen = over
      ? `Från ${e.peakStart} skickade klienten ${n(e.peakCalls)} anrop på 20 s (${n(e.peakCalls / 20)} per sekund). ` +
        `Den låg över ${e.limit} anrop per 20 s i ${s(e.secondsAbove100, 'sekund', 'sekunder')} fördelat på ${s(e.episodesAbove100, 'period', 'perioder')}, första gången ${e.firstAbove100At}.`
      : `Klienten skickade aldrig fler än ${e.limit} anrop på 20 s (som mest ${n(e.peakCalls)}, från ${e.peakStart}).`;
    const others = 'så andra integrationer på samma instans (eller anrop som saknas i loggen) hade redan förbrukat den delade gränsen';
    let match = '';
    if (e.count606 > 0) {
      if (e.outside606 === 0)
        match = e.count606 === 1 ? ' 606-svaret kom medan klienten låg över gränsen.' : ` Alla 606-svar (${n(e.count606)}) kom medan klienten låg över gränsen.`;
      else if (e.inside606 === 0)
        match = e.count606 === 1 ? ` 606-svaret kom medan klienten låg under gränsen, ${others}.` : ` Alla 606-svar (${n(e.count606)}) kom medan klienten låg under gränsen, ${others}.`;
      else
        match = ` Av 606-svaren kom ${n(e.inside606)} medan klienten låg över gränsen och ${n(e.outside606)} medan den låg under; i de senare fallen hade andra integrationer på samma instans (eller anrop som saknas i loggen) förbrukat den delade gränsen.`;
    }
    const throttle = `högst ${e.advised} anrop per 20 s (${n(e.advised / 20)} per sekund), med en gemensam hastighetsbegränsare för alla dess trådar och processer`;
    const advice = over
      ? ` Begränsa integrationen till ${throttle}, och skicka ingenting mer efter en 606 förrän 20 sekunder har gått.`
      : ` Håll integrationen på ${throttle}, kom överens med ägarna till de andra integrationerna om hur de ${e.limit} anropen per 20 s ska delas (Admin > Web Services visar anrop per API-användare), och vänta 20 sekunder efter en 606 innan du försöker igen.`;
    return { title, advice: `${seen}${match}${advice}${ex(e.samples606)}` };
  },

  concurrency: (e) => {
    const timed = e.peakInFlight > 0;
    const over = e.peakInFlight > e.limit;
    const title =
      e.count615 > 0
        ? `${n(e.count615)} anrop avvisades för att för många anrop pågick samtidigt (615)` + (timed ? `; loggen visar som mest ${n(e.peakInFlight)} anrop åt gången` : '')
        : `Upp till ${n(e.peakInFlight)} samtidiga anrop, över gränsen på ${e.limit}`;
    const seen = !timed
      ? 'Loggen saknar anropens varaktighet, så antalet samtidiga anrop går inte att mäta.'
      : over
        ? `Vid ${e.peakAt} pågick ${n(e.peakInFlight)} anrop samtidigt; ${n(e.startsAboveLimit)} anrop startade medan fler än ${e.limit} pågick.`
        : `Klienten hade aldrig fler än ${n(e.peakInFlight)} anrop igång samtidigt (som mest vid ${e.peakAt}), under gränsen på ${e.limit}.`;
    const others = 'så andra integrationer på samma instans hade också anrop igång';
    let match = '';
    if (e.count615 > 0 && timed) {
      if (e.outside615 === 0)
        match = e.count615 === 1 ? ' 615-svaret kom vid ett sådant tillfälle.' : ` Alla 615-svar (${n(e.count615)}) kom vid sådana tillfällen.`;
      else if (e.inside615 === 0)
        match = e.count615 === 1 ? ` 615-svaret kom medan klienten låg under gränsen, ${others}.` : ` Alla 615-svar (${n(e.count615)}) kom medan klienten låg under gränsen, ${others}.`;
      else
        match = ` Av 615-svaren kom ${n(e.inside615)} vid sådana tillfällen och ${n(e.outside615)} vid andra (andra integrationer, eller anrop utan tidsuppgift).`;
    }
    const advice = ` Begränsa HTTP-anslutningspoolen eller antalet arbetare till 5 (instansen tillåter ${e.limit} samtidiga anrop, delade av alla integrationer) och gör om ett anrop som fått 615 efter en kort paus på 1–2 s.`;
    return { title, advice: `${seen}${match}${advice}${ex(e.samples615)}` };
  },

  'retry-too-soon': (e) => {
    const parts: string[] = [];
    if (e.retriesTooSoon > 0) {
      const gap = n(e.medianGapSeconds ?? 0);
      const one = e.retriesTooSoon === 1;
      const sent = one
        ? `1 anrop skickades oförändrat igen ${gap} s efter en 606, inom samma 20-sekundersfönster`
        : `${n(e.retriesTooSoon)} anrop skickades oförändrade igen, i median ${gap} s efter en 606, inom samma 20-sekundersfönster`;
      const again =
        e.rejectedAgain === 0
          ? one
            ? 'det fick inte 606 igen den här gången, men försöket räknades ändå mot gränsen.'
            : 'inget av dem fick 606 igen den här gången, men varje försök räknades ändå mot gränsen.'
          : one
            ? 'det fick 606 igen.'
            : `${n(e.rejectedAgain)} av dem fick 606 igen.`;
      parts.push(`${sent}; ${again}`);
    }
    if (e.tightLoops > 0)
      parts.push(
        `I ${n(e.tightLoops)} fall skickades samma misslyckade anrop 5 gånger eller fler inom 10 s (${n(e.tightLoopCalls)} anrop totalt).`,
      );
    const title =
      e.retriesTooSoon > 0
        ? `${s(e.retriesTooSoon, 'nytt försök', 'nya försök')} inom 20 s efter en 606`
        : `${s(e.tightLoops, 'tät omförsöksslinga', 'täta omförsöksslingor')} med misslyckade anrop`;
    return {
      title,
      advice:
        `${parts.join(' ')} Vänta efter en 606 tills 20 sekunder har gått (eller använd exponentiell backoff upp till 20 s) innan du försöker igen, ` +
        `och ge upp ett anrop efter 3–5 försök med växande väntetider.${ex(e.samples.length > 0 ? e.samples : e.loopSamples)}`,
    };
  },

  'retry-pointless': (e) => {
    const codeList = Object.keys(e.byCode);
    const codes = codeList.join(', ');
    const parts: string[] = [];
    if (e.pointlessRetries > 0) {
      const sent =
        e.pointlessRetries === 1
          ? `Ett anrop som misslyckades med ${codes} skickades oförändrat igen.`
          : `Anrop som misslyckades med ${codes} skickades oförändrade igen ${times(e.pointlessRetries)}.`;
      parts.push(
        `${sent} ${codeList.length === 1 ? 'Koden betyder' : 'Koderna betyder'} att begäran, data eller behörigheterna måste ändras först; ett identiskt nytt försök misslyckas på samma sätt och drar ändå ett anrop från dagskvoten. Rätta begäran eller posten i stället.`,
      );
    }
    if (e.callsAfter607 > 0)
      parts.push(
        `Efter att dagskvoten tog slut (första 607-svaret kom ${e.first607At}) gjordes ytterligare ${n(e.callsAfter607)} anrop före nollställningen ${e.quotaResetAt} (midnatt amerikansk centraltid). Stoppa alla anrop till instansen efter en 607 fram till dess.`,
      );
    const title =
      e.callsAfter607 > 0
        ? `${n(e.callsAfter607)} anrop gjordes efter att dagskvoten tagit slut (607)`
        : `${s(e.pointlessRetries, 'oförändrat nytt försök', 'oförändrade nya försök')} efter fel som inte rättas av att försöka igen (${codes})`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'token-handling': (e) => {
    const parts: string[] = [];
    if (e.wastedCalls > 0) {
      const run =
        e.episodes === 1
          ? `i ytterligare ${n(e.wastedCalls)} anrop${e.wastedCalls > 1 ? ' i följd' : ''}`
          : `i ytterligare ${n(e.wastedCalls)} anrop fördelat på ${n(e.episodes)} tillfällen (som mest ${n(e.longestStreak)} i följd)`;
      parts.push(
        `Efter en 601/602 fortsatte klienten att skicka den avvisade token ${run}. Hämta vid 601 eller 602 en ny token från /identity/oauth/token före nästa anrop och gör sedan om det misslyckade anropet en gång.`,
      );
    }
    if (e.identityTooOften)
      parts.push(
        `Klienten begärde en token ${times(e.identityCalls)} (upp till ${n(e.maxIdentityPerHour)} på en timme) för ${n(e.apiCalls)} API-anrop. En token gäller i 3600 s: spara den, dela den mellan arbetarna och återanvänd den tills expires_in har löpt ut eller en 601/602 kommer.`,
      );
    const title =
      e.wastedCalls > 0
        ? `${n(e.wastedCalls)} anrop skickades med en token som redan avvisats (601/602)`
        : `Åtkomsttoken begärdes ${times(e.identityCalls)} för ${n(e.apiCalls)} API-anrop`;
    return { title, advice: parts.join(' ') + ex(e.samples) };
  },

  'near-limits': (e) => {
    const parts: string[] = [];
    const body = [
      e.rejected413 > 0 ? `${n(e.rejected413)} anrop avvisades som för ${e.rejected413 === 1 ? 'stort' : 'stora'} (413)` : '',
      e.nearBody > 0 ? `${s(e.nearBody, 'godkänt anrop', 'godkända anrop')} använde över 80 % av gränsen på 1 MB för begärans kropp` : '',
    ].filter(Boolean);
    if (body.length > 0)
      parts.push(
        `${body.join('; ')}${e.maxRequestBytes > 0 ? `; den största kroppen i loggen är ${n(e.maxRequestBytes)} byte` : ''}. ` +
          'Håll varje kropp under 1 MB (10 MB för Import Lead): mät den serialiserade JSON:en och flytta posterna som inte får plats till nästa anrop.',
      );
    const uri = [
      e.rejected414 > 0 ? `${n(e.rejected414)} anrop avvisades för att URI:n var längre än 8 KB (414)` : '',
      e.overUriGet > 0 ? `${n(e.overUriGet)} GET-anrop hade en URL över 8 KB` : '',
      e.nearUri > 0 ? `${s(e.nearUri, 'godkänt anrop', 'godkända anrop')} använde över 80 % av gränsen på 8 KB för URI:n` : '',
    ].filter(Boolean);
    if (uri.length > 0)
      parts.push(
        `${uri.join('; ')}; den längsta URL:en i loggen är ${n(e.maxUrlBytes)} byte. Skicka långa uppslag som POST med _method=GET i URL:en och frågesträngen som formulärkodad kropp, eller dela upp filterValues på flera anrop.`,
      );
    if (e.bigBatches > 0)
      parts.push(
        `${n(e.bigBatches)} anrop innehöll fler än 300 poster (upp till ${n(e.maxBatchRecords)}); dela upp input[] i batchar om högst 300.`,
      );
    const rejected = e.rejected413 + e.rejected414;
    const title =
      rejected > 0
        ? `${n(rejected)} anrop avvisades på grund av storleken (413/414)`
        : `${n(e.nearBody + e.nearUri + e.overUriGet + e.bigBatches)} anrop nära Marketos storleksgränser`;
    return { title, advice: parts.join(' ') + ex([...e.bodySamples, ...e.uriSamples, ...e.batchSamples]) };
  },

  'daily-quota': (e) => {
    const worst = e.worstDays[0];
    const days = e.worstDays.map((d) => `${d.day}: ${n(d.calls)} anrop (${share(ofQuota(d.calls, e.dailyQuota))} %)`).join(', ');
    const title =
      e.count607 > 0
        ? `Dagskvoten är slut: ${n(e.count607)} anrop avvisades med 607`
        : `Upp till ${n(worst?.calls ?? 0)} anrop på en dag, ${share(ofQuota(worst?.calls ?? 0, e.dailyQuota))} % av dagskvoten på ${n(e.dailyQuota)}`;
    const perDay =
      worst === undefined
        ? 'Loggen saknar tidsstämplar, så anropen kan inte räknas per dag.'
        : `Anrop som räknas mot kvoten på ${n(e.dailyQuota)}, per dag i amerikansk centraltid, flest först: ${days}.`;
    const on607 = e.count607 > 0 && e.days607.length > 0 ? ` Marketo svarade 607 den ${e.days607.join(', ')}.` : '';
    const others =
      e.count607 > 0 && worst !== undefined && worst.share < 0.8
        ? ' Loggen står bara för en liten del av kvoten, så andra integrationer (eller anrop som saknas i loggen) förbrukade resten; Admin > Web Services visar anrop per API-användare.'
        : '';
    return {
      title,
      advice:
        `${perDay}${on607}${others}` +
        ' Minska volymen: skicka batchar om upp till 300 poster eller använd bulk-API:erna i stället för ett anrop per post, cacha uppslag, och stoppa vid en 607 fram till midnatt amerikansk centraltid. Om volymen verkligen behövs: be Marketo om en större kvot.',
    };
  },

  'record-patterns': (e) => {
    const parts: string[] = [];
    if (e.wholeBatch1006 > 0) {
      const names = e.fields.map((f) => f.name).join(', ');
      parts.push(
        `I ${n(e.wholeBatch1006)} anrop hoppades varje post (${n(e.wholeBatch1006Records)} totalt) över med 1006 eftersom Marketo inte känner till ${e.fields.length === 1 ? 'fältet' : 'fälten'} ${names}. Använd varje fälts namn i REST-API:t (se Describe Lead) eller ta bort fältet ur begäran.`,
      );
    }
    if (e.createOnlyRequests > 0)
      parts.push(
        `${s(e.createOnlyDuplicates, 'post', 'poster')} i ${n(e.createOnlyRequests)} createOnly-anrop fanns redan (1005); använd createOrUpdate eller slå upp posterna innan de skapas.`,
      );
    if (e.listRequests > 0) {
      const what = [
        e.listNotFound > 0 ? `${n(e.listNotFound)} ${e.listNotFound === 1 ? 'lead' : 'leads'} som inte finns (1004)` : '',
        e.listNotInList > 0 ? `${n(e.listNotInList)} ${e.listNotInList === 1 ? 'lead' : 'leads'} som inte är med i listan (1015)` : '',
      ].filter(Boolean);
      parts.push(
        `${n(e.listRequests)} listanrop angav ${what.join(' och ')}; skicka bara id:n som finns, och betrakta en 1015 vid borttagning som redan utförd.`,
      );
    }
    const title =
      e.wholeBatch1006 > 0
        ? `${s(e.wholeBatch1006, 'batch', 'batchar')} hoppades över helt för ett okänt fält (1006)`
        : e.createOnlyRequests > 0
          ? `${s(e.createOnlyDuplicates, 'post', 'poster')} som skickades med createOnly fanns redan (1005)`
          : `${n(e.listRequests)} listanrop angav leads som saknas eller inte är medlemmar (1004/1015)`;
    return { title, advice: parts.join(' ') + ex([...e.batchSamples, ...e.createOnlySamples, ...e.listSamples]) };
  },
};
