import { BULK_SV } from './bulk-words-sv.js';
import type { PhraseBook } from './registry.js';
import { num, sampleList } from './words-format.js';

const n = (x: number): string => num(x, 'sv');
/** Anrop som matchats på metod och URL enbart (retry-too-soon, retry-pointless). */
const unseenBodies = (count: number): string =>
  `Loggen visar inte anropens innehåll för ${n(count)} av dessa anrop: de togs för samma anrop eftersom metod ` +
  'och URL stämmer, och kan vara olika poster som skickats till samma slutpunkt.';
const s = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;
/** "en gång", "två gånger", "3 gånger". */
const times = (count: number): string => (count === 1 ? 'en gång' : count === 2 ? 'två gånger' : `${n(count)} gånger`);
const all = (count: number, code: string): string =>
  count === 1 ? `${code}-svaret kom` : `Alla ${code}-svar (${n(count)}) kom`;
const throttle = (advised: number): string =>
  `högst ${advised} anrop per 20 s (${n(advised / 20)} per sekund), med en gemensam hastighetsbegränsare för ` +
  'alla dess trådar och processer';

/** The Swedish words of every diagnostic; the sentence logic is in each detector's `describe`. */
export const SV: PhraseBook = {
  ...BULK_SV,
  common: {
    examples: (samples) => (samples.length === 0 ? '' : `Exempel: ${sampleList(samples)}.`),
    instancesTogether: (count) =>
      `Loggen har anrop till ${count} Marketo-instanser, som räknas tillsammans här, och varje instans har ` +
      'egna gränser: kör rapporten en gång per instans med --instance <Munchkin-id> för att se vilken som gick över.',
  },

  'rate-window': {
    title606: (e) =>
      `${n(e.count606)} anrop avvisades av anropsgränsen (606); som mest ${n(e.peakCalls)} anrop på 20 s`,
    titleOver: (e) => `Upp till ${n(e.peakCalls)} anrop på 20 s, över gränsen på ${e.limit}`,
    seenOver: (e) =>
      `Från ${e.peakStart} skickade klienten ${n(e.peakCalls)} anrop på 20 s (${n(e.peakCalls / 20)} per sekund). ` +
      `Den låg över ${e.limit} anrop per 20 s i ${s(e.secondsAbove100, 'sekund', 'sekunder')} fördelat på ` +
      `${s(e.episodesAbove100, 'period', 'perioder')}, första gången ${e.firstAbove100At}.`,
    seenUnder: (e) =>
      `Klienten skickade aldrig fler än ${e.limit} anrop på 20 s (som mest ${n(e.peakCalls)}, från ${e.peakStart}).`,
    allInside: (e) => `${all(e.count606, '606')} medan klienten låg över gränsen.`,
    allOutside: (e) =>
      `${all(e.count606, '606')} medan klienten låg under gränsen, så andra integrationer på samma instans ` +
      '(eller anrop som saknas i loggen) hade redan förbrukat den delade gränsen.',
    someInside: (e) =>
      `Av 606-svaren kom ${n(e.inside606)} medan klienten låg över gränsen och ${n(e.outside606)} medan den låg ` +
      'under; i de senare fallen hade andra integrationer på samma instans (eller anrop som saknas i loggen) ' +
      'förbrukat den delade gränsen.',
    adviceOver: (e) =>
      `Begränsa integrationen till ${throttle(e.advised)}, och skicka ingenting mer efter en 606 förrän ` +
      '20 sekunder har gått.',
    adviceUnder: (e) =>
      `Håll integrationen på ${throttle(e.advised)}, kom överens med ägarna till de andra integrationerna om hur ` +
      `de ${e.limit} anropen per 20 s ska delas (Admin > Web Services visar anrop per API-användare), och vänta ` +
      '20 sekunder efter en 606 innan du försöker igen.',
  },

  concurrency: {
    title615: (e) => `${n(e.count615)} anrop avvisades för att för många anrop pågick samtidigt (615)`,
    titlePeak: (e) => `; loggen visar som mest ${n(e.peakInFlight)} anrop åt gången`,
    titleOver: (e) => `Upp till ${n(e.peakInFlight)} samtidiga anrop, över gränsen på ${e.limit}`,
    titleTogether: (e) =>
      `Upp till ${n(e.togetherPeak ?? 0)} samtidiga anrop i loggarna tillsammans, över gränsen på ${e.limit}`,
    seenTogether: (e) =>
      `Räknat över alla lästa loggar (var 100:e ms) pågick upp till ${n(e.togetherPeak ?? 0)} anrop samtidigt ` +
      `(vid ${e.togetherAt}), fler än de ${n(e.peakInFlight)} som en logg nådde på egen hand: klienter som körs ` +
      `samtidigt (poddar, arbetare, andra jobb) delar instansens gräns på ${e.limit}.`,
    outsideTogether: (e) =>
      `Av de ${n(e.outside615)} 615-svar som kom medan deras egen logg låg under gränsen kom ` +
      `${n(e.outsideTogether615)} när loggarna tillsammans hade ${e.limit} eller fler anrop igång.`,
    untimed: 'Loggen saknar anropens varaktighet, så antalet samtidiga anrop går inte att mäta.',
    seenOver: (e) =>
      `Vid ${e.peakAt} pågick ${n(e.peakInFlight)} anrop samtidigt; ${n(e.startsAboveLimit)} anrop startade ` +
      `medan fler än ${e.limit} pågick.`,
    seenUnder: (e) =>
      `Klienten hade aldrig fler än ${n(e.peakInFlight)} anrop igång samtidigt (som mest vid ${e.peakAt}), ` +
      `under gränsen på ${e.limit}.`,
    allInside: (e) =>
      e.count615 === 1
        ? '615-svaret kom vid ett sådant tillfälle.'
        : `Alla 615-svar (${n(e.count615)}) kom vid sådana tillfällen.`,
    allOutside: (e) =>
      `${all(e.count615, '615')} medan klienten låg under gränsen, så andra integrationer på samma instans ` +
      'hade också anrop igång.',
    someInside: (e) =>
      `Av 615-svaren kom ${n(e.inside615)} vid sådana tillfällen och ${n(e.outside615)} vid andra ` +
      '(andra integrationer, eller anrop utan tidsuppgift).',
    advice: (e) =>
      `Begränsa HTTP-anslutningspoolen eller antalet arbetare till 5 (instansen tillåter ${e.limit} samtidiga ` +
      'anrop, delade av alla integrationer) och gör om ett anrop som fått 615 efter en kort paus på 1–2 s.',
  },

  'retry-too-soon': {
    titleRetries: (e) => `${s(e.retriesTooSoon, 'nytt försök', 'nya försök')} inom 20 s efter en 606`,
    titleLoops: (e) => `${s(e.tightLoops, 'tät omförsöksslinga', 'täta omförsöksslingor')} med misslyckade anrop`,
    retried: (e) =>
      e.retriesTooSoon === 1
        ? `1 anrop skickades oförändrat igen ${n(e.medianGapSeconds ?? 0)} s efter en 606, inom samma ` +
          '20-sekundersfönster'
        : `${n(e.retriesTooSoon)} anrop skickades oförändrade igen, i median ${n(e.medianGapSeconds ?? 0)} s ` +
          'efter en 606, inom samma 20-sekundersfönster',
    noneAgain: (e) =>
      e.retriesTooSoon === 1
        ? 'det fick inte 606 igen den här gången, men försöket räknades ändå mot gränsen.'
        : 'inget av dem fick 606 igen den här gången, men varje försök räknades ändå mot gränsen.',
    someAgain: (e) => (e.retriesTooSoon === 1 ? 'det fick 606 igen.' : `${n(e.rejectedAgain)} av dem fick 606 igen.`),
    loops: (e) =>
      `I ${n(e.tightLoops)} fall skickades samma misslyckade anrop 5 gånger eller fler inom 10 s ` +
      `(${n(e.tightLoopCalls)} anrop totalt).`,
    unseen: (e) => unseenBodies(e.bodiesUnseen),
    advice:
      'Vänta efter en 606 tills 20 sekunder har gått (eller använd exponentiell backoff upp till 20 s) innan du ' +
      'försöker igen, och ge upp ett anrop efter 3–5 försök med växande väntetider.',
  },

  'retry-pointless': {
    titleAfter607: (e) => `${n(e.callsAfter607)} anrop gjordes efter att dagskvoten tagit slut (607)`,
    titleRetries: (e, codes) =>
      `${s(e.pointlessRetries, 'oförändrat nytt försök', 'oförändrade nya försök')} efter fel som inte rättas ` +
      `av att försöka igen (${codes})`,
    retried: (e, codes, codeCount) =>
      (e.pointlessRetries === 1
        ? `Ett anrop som misslyckades med ${codes} skickades oförändrat igen. `
        : `Anrop som misslyckades med ${codes} skickades oförändrade igen ${times(e.pointlessRetries)}. `) +
      `${codeCount === 1 ? 'Koden betyder' : 'Koderna betyder'} att begäran, data eller behörigheterna måste ` +
      'ändras först; ett identiskt nytt försök misslyckas på samma sätt och drar ändå ett anrop från dagskvoten. ' +
      'Rätta begäran eller posten i stället.',
    after607: (e) =>
      `Efter att dagskvoten tog slut (första 607-svaret kom ${e.first607At}) gjordes ytterligare ` +
      `${n(e.callsAfter607)} anrop före nollställningen ${e.quotaResetAt} (midnatt amerikansk centraltid). ` +
      'Stoppa alla anrop till instansen efter en 607 fram till dess.',
    unseen: (e) => unseenBodies(e.bodiesUnseen),
  },

  'token-handling': {
    titleWasted: (e) => `${n(e.wastedCalls)} anrop skickades med en token som redan avvisats (601/602)`,
    titleTooOften: (e) => `Åtkomsttoken begärdes ${times(e.identityCalls)} för ${n(e.apiCalls)} API-anrop`,
    oneRun: (e) => `i ytterligare ${n(e.wastedCalls)} anrop${e.wastedCalls > 1 ? ' i följd' : ''}`,
    manyRuns: (e) =>
      `i ytterligare ${n(e.wastedCalls)} anrop fördelat på ${n(e.episodes)} tillfällen ` +
      `(som mest ${n(e.longestStreak)} i följd)`,
    wasted: (run) =>
      `Efter en 601/602 fortsatte klienten att skicka den avvisade token ${run}. Hämta vid 601 eller 602 en ny ` +
      'token från /identity/oauth/token före nästa anrop och gör sedan om det misslyckade anropet en gång.',
    tooOften: (e) =>
      `Klienten begärde en token ${times(e.identityCalls)} (upp till ${n(e.maxIdentityPerHour)} på en timme) för ` +
      `${n(e.apiCalls)} API-anrop. En token gäller i 3600 s: spara den, dela den mellan arbetarna och återanvänd ` +
      'den tills expires_in har löpt ut eller en 601/602 kommer.',
  },

  'near-limits': {
    titleRejected: (rejected) => `${n(rejected)} anrop avvisades på grund av storleken (413/414)`,
    titleNear: (requests) => `${n(requests)} anrop nära Marketos storleksgränser`,
    rejected413: (e) => `${n(e.rejected413)} anrop avvisades som för ${e.rejected413 === 1 ? 'stort' : 'stora'} (413)`,
    nearBody: (e) =>
      `${s(e.nearBody, 'godkänt anrop', 'godkända anrop')} använde över 80 % av gränsen på 1 MB för begärans kropp`,
    largestBody: (e) => `den största kroppen i loggen är ${n(e.maxRequestBytes)} byte`,
    bodyAdvice:
      'Håll varje kropp under 1 MB (10 MB för Import Lead): mät den serialiserade JSON:en och flytta posterna ' +
      'som inte får plats till nästa anrop.',
    rejected414: (e) => `${n(e.rejected414)} anrop avvisades för att URI:n var längre än 8 KB (414)`,
    overUriGet: (e) => `${n(e.overUriGet)} GET-anrop hade en URL över 8 KB`,
    nearUri: (e) => `${s(e.nearUri, 'godkänt anrop', 'godkända anrop')} använde över 80 % av gränsen på 8 KB för URI:n`,
    longestUrl: (e) => `den längsta URL:en i loggen är ${n(e.maxUrlBytes)} byte`,
    uriAdvice:
      'Skicka långa uppslag som POST med _method=GET i URL:en och frågesträngen som formulärkodad kropp, ' +
      'eller dela upp filterValues på flera anrop.',
    bigBatches: (e) =>
      `${n(e.bigBatches)} anrop innehöll fler än 300 poster (upp till ${n(e.maxBatchRecords)}); dela upp input[] ` +
      'i batchar om högst 300.',
  },

  'daily-quota': {
    title607: (e) => `Dagskvoten är slut: ${n(e.count607)} anrop avvisades med 607`,
    titleBusiest: (e, calls, percent) =>
      `Upp till ${n(calls)} anrop på en dag, ${percent} % av dagskvoten på ${n(e.dailyQuota)}`,
    day: (day, calls, percent) => `${day}: ${n(calls)} anrop (${percent} %)`,
    perDay: (e, days) =>
      `Anrop som räknas mot kvoten på ${n(e.dailyQuota)}, per dag i amerikansk centraltid, flest först: ${days}.`,
    noTimes: 'Loggen saknar tidsstämplar, så anropen kan inte räknas per dag.',
    on607: (e) => `Marketo svarade 607 den ${e.days607.join(', ')}.`,
    others:
      'Loggen står bara för en liten del av kvoten, så andra integrationer (eller anrop som saknas i loggen) ' +
      'förbrukade resten; Admin > Web Services visar anrop per API-användare.',
    advice:
      'Minska volymen: skicka batchar om upp till 300 poster eller använd bulk-API:erna i stället för ett anrop ' +
      'per post, cacha uppslag, och stoppa vid en 607 fram till midnatt amerikansk centraltid. Om volymen ' +
      'verkligen behövs: be Marketo om en större kvot.',
  },

  'record-patterns': {
    titleBatches: (e) => `${s(e.wholeBatch1006, 'batch', 'batchar')} hoppades över helt för ett okänt fält (1006)`,
    titleCreateOnly: (e) =>
      `${s(e.createOnlyDuplicates, 'post', 'poster')} som skickades med createOnly fanns redan (1005)`,
    titleList: (e) => `${n(e.listRequests)} listanrop angav leads som saknas eller inte är medlemmar (1004/1015)`,
    unknownFields: (e, names) =>
      `I ${n(e.wholeBatch1006)} anrop hoppades varje post (${n(e.wholeBatch1006Records)} totalt) över med 1006 ` +
      `eftersom Marketo inte känner till ${e.fields.length === 1 ? 'fältet' : 'fälten'} ${names}. Använd varje ` +
      'fälts namn i REST-API:t (se Describe Lead) eller ta bort fältet ur begäran.',
    createOnly: (e) =>
      `${s(e.createOnlyDuplicates, 'post', 'poster')} i ${n(e.createOnlyRequests)} createOnly-anrop fanns redan ` +
      '(1005); använd createOrUpdate eller slå upp posterna innan de skapas.',
    notFound: (e) => `${n(e.listNotFound)} ${e.listNotFound === 1 ? 'lead' : 'leads'} som inte finns (1004)`,
    notInList: (e) =>
      `${n(e.listNotInList)} ${e.listNotInList === 1 ? 'lead' : 'leads'} som inte är med i listan (1015)`,
    list: (e, what) =>
      `${n(e.listRequests)} listanrop angav ${what.join(' och ')}; skicka bara id:n som finns, och betrakta en ` +
      '1015 vid borttagning som redan utförd.',
  },
};
