/**
 * Words around a name that say whether it is the event's place, in the
 * supported languages (folded as text.foldWord folds them).
 *
 * Facility words (not stations or airports: those are where they are named after): a name inside "X Street", "rue de X", "X High School",
 * "Plaza X", "X Tower" names a street, square, building, stadium or school,
 * wherever it is; the person or town it is named after is not the event's
 * place. Locative prepositions ("in X", "near X", "à X", "في X") are a weak
 * positive cue. Connectors join the words of a facility name to the name
 * ("Avenida de Mayo", "Piazza della Signoria").
 */

import { hashStr } from '../detector/hash';
import { foldWord, type Tokens } from './text';

const fold = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map(foldWord));

/** Facility words written after the name ("Paris Street", "Wembley Stadium", "Ankara Caddesi", "Москва Сити"). */
export const FACILITY_AFTER = fold(`
  street st str avenue ave av road rd boulevard blvd lane ln drive highway hwy freeway parkway pkwy square sq plaza
  tower towers building bldg hall stadium arena center centre mall school schools academy college university univ
  hospital church cathedral chapel mosque synagogue temple bridge tunnel hotel casino theater theatre museum library
  memorial park garden gardens prison jail courthouse river creek cemetery
  cimetiere cimetière cementerio cimitero friedhof begraafplaats mezarligi mezarlığı cemiterio cemitério pemakaman
  strasse straße str platz allee weg gasse turm gebaude gebäude stadion arena schule gymnasium universitat universität
  hochschule krankenhaus klinik kirche dom moschee brucke brücke
  straat laan plein gracht toren stadion school universiteit ziekenhuis kerk moskee brug
  caddesi cad cadde sokak sokagi sokağı meydani meydanı bulvari bulvarı kulesi stadyumu okulu universitesi üniversitesi hastanesi camii koprusu köprüsü
  `);

/** Facility words written before the name ("rue de Paris", "Calle Madrid", "Piazza Venezia", "شارع بغداد", "улица Москва", "Jalan Jakarta"). */
export const FACILITY_BEFORE = fold(`
  river lake mount mt
  rue avenue av boulevard bd place pont tour stade ecole école lycee lycée college collège universite université hopital hôpital gare eglise église
  quai allee allée impasse fleuve riviere rivière lac mont
  calle avenida av plaza paseo carrera torre edificio estadio escuela colegio universidad hospital iglesia puente rio río lago
  via viale piazza piazzale corso largo vicolo torre stadio scuola liceo universita università ospedale chiesa ponte
  rua avenida praca praça largo travessa torre estadio estádio escola colegio colégio universidade hospital igreja ponte
  cimetiere cimetière cementerio cimitero cemiterio cemitério
  jalan jl jln gang menara stadion sekolah universitas rumah masjid jembatan makam
  кладбище кладбища улица улице улицу улицы ул проспект проспекте пр площадь площади пл бульвар бульваре переулок переулке шоссе набережная набережной башня стадион школа школе университет больница больнице мост
  شارع ميدان ساحه برج ملعب مدرسه جامعه مستشفى مسجد جسر طريق مقبره
  मार्ग सड़क चौक स्टेडियम स्कूल विश्वविद्यालय अस्पताल
  `);

/**
 * Attribution: a name that is part of a news outlet's, broadcaster's, agency's or responder's name ("Dallas Morning
 * News", "Chicago Tribune", "NY Post", "Frisco FD", "US Geological Survey") says where the outlet is, not where the
 * event is: outlets report from afar and responders travel. These are the words written after the name (directly,
 * or one capitalised word further: "Dallas Morning News", "Frisco Fire Department")...
 */
export const ATTRIBUTION_AFTER = fold(`
  news times post tribune herald journal gazette chronicle examiner courier telegraph observer inquirer dispatch
  today daily tv radio fm fd pd ems sheriff sheriffs sheriff's department dept survey
  noticias diario zeitung nachrichten giornale gazete gazetesi haber haberleri krant dagblad nieuws notizie
  `);

/** ... and the words before it ("CBS Dallas", "Telemundo Houston", "Diario de Sevilla", "Servicio Geológico de Estados Unidos"). */
export const ATTRIBUTION_BEFORE = fold(`
  cbs nbc abc fox cnn msnbc pbs npr cw bbc itv skynews telemundo univision
  diario periodico periódico noticias noticiero canal radio tv tele journal giornale gazzetta corriere jornal folha
  zeitung radyo servicio instituto agencia service institut agence istituto agenzia servico serviço
  `);

/**
 * ... and an outlet's coverage said in plain words: "Rolling TV coverage from Dallas", "cobertura en vivo desde Dallas",
 * "couverture en direct depuis Paris", "Berichterstattung aus Berlin": where the studio is (a coverage word up to three
 * words before a "from" right before the name). A reporter "live from X" is often there: "live" is not one of them.
 */
export const COVERAGE = fold(
  'coverage broadcast broadcasting cobertura transmision couverture berichterstattung copertura dekking yayini',
);
export const COVERAGE_FROM = fold('from desde depuis aus da van');

/** Two-word facility names after the name ("X High School", "X Middle School", "X Elementary School", "X Shopping Center"). */
export const FACILITY_AFTER_2 = new Set([
  'high school',
  'middle school',
  'elementary school',
  'primary school',
  'shopping center',
  'shopping centre',
  'shopping mall',
  'city hall',
  'town hall',
]);

/**
 * Han/Kana facility words right after a name in a CJK run ("北京路" Beijing Road, "東京タワー" Tokyo Tower). Not a
 * stadium: "南京体育场" is Nanjing's, in Nanjing.
 */
export const CJK_FACILITY = [
  '路',
  '街',
  '大道',
  '大街',
  '道',
  '广场',
  '廣場',
  '広場',
  '塔',
  'タワー',
  '大厦',
  '大廈',
  'ビル',
  '学校',
  '學校',
  '大学',
  '大學',
  '医院',
  '醫院',
  '病院',
  '中学',
  '高校',
  '小学',
  '酒店',
  'ホテル',
  '通り',
  '桥',
  '橋',
];

/** Han suffixes of administrative units written onto a name ("パリ市" the city of Paris, "ダラス郡" Dallas County): the name is the place's. */
export const CJK_PLACE_SUFFIX = [
  '市',
  '県',
  '州',
  '省',
  '府',
  '都',
  '道',
  '郡',
  '区',
  '町',
  '村',
  '县',
  '縣',
  '镇',
  '鎮',
  '乡',
];

/** Connectors inside facility names ("rue de", "Piazza della", "Avenida de"). */
export const CONNECTORS = fold(
  'de del de la la le les des du di della delle dei degli da do dos das van von der den of the al el',
);

/** Locative prepositions before a place name (a weak positive cue). */
export const LOCATIVE = fold(`
  in at inside into throughout
  a à en dans au aux
  en
  in im nach
  a ad in nei nel nella
  em no na nos nas
  in te
  di ke
  в во
  في داخل على
  में
  στη στην στο στον στα στις στους σε
  `);

/**
 * Nouns for a kind of place written before its name in scripts without capitals ("مدينة حلب" the city of Aleppo, "مرفأ
 * بيروت" the port of Beirut, "शहर दिल्ली") and in Russian and Ukrainian, whose case endings make them read as names
 * ("в центре Казани" is no Centre, France; "в порту" no Porto): the name after them is the place (a port or airport
 * is where it is named after), and they name no town themselves ("مدينة" is also Medina's name).
 */
export const PLACE_NOUNS = fold(`
  مدينة قرية بلدة محافظة ولاية منطقة عاصمة مرفأ ميناء مطار مخيم ضاحية حي
  شهر شهرستان استان روستای روستا بندر فرودگاه شہر ضلع گاؤں
  עיר העיר כפר נמל שכונת
  शहर गांव गाँव जिले ज़िले जिला ज़िला राज्य
  শহর জেলা গ্রাম
  центр центре центра центру центрі порт порту порта порті город городе города місто місті міста район районе района районі
  المدينة العاصمة المنطقة القرية البلدة المحافظة الولاية الميناء المطار المرفأ المخيم الضاحية بلد البلد
  `);

/**
 * Everyday words of news posts in a script without capitals that GeoNames also gives a town: "بالصور" (in the
 * pictures, a stock headline opener) is no Tyre, "خبر عاجل" (breaking news) no Khobar, "الصباح" (the morning) no
 * Sabah, "زلزال بقوة 5 درجات" (a quake of magnitude 5, "with a force of") no town of Chad. They name no place (Tyre is
 * written without the article: "صور" stays a name); a capital would have told them apart in a cased script.
 */
export const NEWS_WORDS = fold(`
  الصور خبر الخبر اخبار الاخبار صباح الصباح فيديو الفيديو قوة
  `);

/** Prepositions of other languages that are plain English words ("a", "no": "No One Ever Mentions" is not "in Onè"): no cue in an English post. */
export const NOT_LOCATIVE_IN_ENGLISH = fold('a no na nos nas em en te di ke ad');

/** "Near X": X is a landmark the event is near, a cue that X is a place but not more likely the event's place than the place it is near. */
export const NEAR = fold(`
  near outside around close nearby
  pres près vers cerca hacia bei nahe presso vicino perto bij nabij nabije dekat около под у قرب بالقرب पास
  `);

/** Words that name generic administrative units: "X County", "X Province" still name the area X. */
export const AREA_AFTER = fold(
  'county province region state district prefecture oblast parish municipality department governorate',
);

/** Titles before a person's name ("Sheriff Scott Israel", "Sen. Chris Murphy", "President Lincoln"): the name after them is no place. */
export const HONORIFICS = fold(`
  mr mrs ms miss dr sir dame lord lady president pres vice sheriff senator sen rep representative congressman congresswoman governor gov mayor
  minister premier chancellor secretary officer deputy chief coach judge justice attorney king queen prince princess pope bishop father rev
  general gen colonel col captain capt sergeant sgt lieutenant lt detective det professor prof commissioner superintendent
  m mme mlle monsieur madame président presidente ministre maire juge senor señor sr sra dona don herr frau präsident prasident kanzler
  bürgermeister burgermeister signor signora sindaco ministro sig dhr mevrouw burgemeester bay bayan sayın sayin bapak ibu pak bu
  господин президент министр мэр губернатор السيد الرئيس الوزير
  `);

/** Continents and world regions: areas the gazetteer does not place, never the towns that share their names ("Asia", Philippines). */
export const CONTINENTS = fold(`
  africa america americas asia europe oceania antarctica arctic caribbean
  afrique amerique amérique asie europe océanie oceanie caraibes caraïbes
  africa américa asia europa oceania caribe
  afrika amerika asien europa ozeanien karibik
  africa america asia europa oceania caraibi
  africa america asia europa oceania caribe áfrica ásia oceânia
  afrika amerika azie europa oceanie caribisch
  afrika amerika asya avrupa okyanusya karayipler
  afrika amerika asia eropa oseania karibia
  африка америка азия европа океания
  افريقيا أفريقيا امريكا أمريكا اسيا آسيا اوروبا أوروبا
  अफ्रीका अमेरिका एशिया यूरोप
  `);

/** Compass directions (bearing, degrees) in "83 km S of Liberia", "10 km al noreste de ...". */
export const BEARING = new Map<string, number>([
  ['n', 0],
  ['nne', 22.5],
  ['ne', 45],
  ['ene', 67.5],
  ['e', 90],
  ['ese', 112.5],
  ['se', 135],
  ['sse', 157.5],
  ['s', 180],
  ['ssw', 202.5],
  ['sw', 225],
  ['wsw', 247.5],
  ['w', 270],
  ['wnw', 292.5],
  ['nw', 315],
  ['nnw', 337.5],
  ['north', 0],
  ['northeast', 45],
  ['east', 90],
  ['southeast', 135],
  ['south', 180],
  ['southwest', 225],
  ['west', 270],
  ['northwest', 315],
  ['norte', 0],
  ['noreste', 45],
  ['nordeste', 45],
  ['este', 90],
  ['sureste', 135],
  ['sudeste', 135],
  ['sur', 180],
  ['sul', 180],
  ['suroeste', 225],
  ['sudoeste', 225],
  ['oeste', 270],
  ['noroeste', 315],
  ['nord', 0],
  ['est', 90],
  ['sud', 180],
  ['ouest', 270],
  ['nordest', 45],
  ['sudest', 135],
  ['sudouest', 225],
  ['nordouest', 315],
  ['ovest', 270],
]);
/**
 * Directions: "northwest of Bologna", "northern Italy", "nord Italia" name a
 * part of an area, not the region or town of that name (Northwest, Iceland;
 * Northern, Ghana). The nouns are places only as written names ("West,
 * Texas", "in West"), the adjectives only as "Northern, Ghana".
 */
export const DIRECTION_NOUNS = fold(`
  north south east west northeast northwest southeast southwest
  nord sud ouest nordest nordouest sudest sudouest ovest
  norte oeste noreste noroeste nordeste sureste sudeste suroeste sudoeste
  norden süden suden osten westen nordosten nordwesten südosten sudosten südwesten sudwesten
  noord zuid oost noordoost noordwest zuidoost zuidwest kuzey güney guney doğu dogu batı bati utara selatan timur barat
  север юг восток запад شمال جنوب شرق غرب
  `);
export const DIRECTION_ADJECTIVES = fold(`
  northern southern eastern western northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western
  septentrional septentrionale méridional meridional méridionale meridionale oriental orientale occidental occidentale
  norteño norteña sureño sureña settentrionali meridionali orientali occidentali
  nördlich nordlich nördlichen nordlichen nördliche nordliche südlich sudlich südlichen sudlichen südliche sudliche
  östlich ostlich östlichen ostlichen westlich westlichen westliche
  noordelijk zuidelijk oostelijk westelijk
  северный северной северном южный южной южном восточный восточной западный западной
  الشمالي الشماليه الجنوبي الجنوبيه الشرقي الشرقيه الغربي الغربيه
  `);

/**
 * How strong or big an event is, in the lexicon's languages: the words that open a headline ("Strong earthquake hits
 * ...", "Fuerte sismo", "Forte terremoto", "Violent séisme", "Starkes Erdbeben") and so are capitalised there. Common
 * words, not the towns that share them (Strong, Maine; Fuerte, Philippines): places only with a cue ("in Strong",
 * "Strong, ME").
 */
export const INTENSITY = fold(`
  strong stronger powerful huge massive major big violent severe deadly terrible
  fuerte fuertes potente enorme gran grave violento violenta terrible
  forte forti potente enorme grande grave violento violenta forza
  fortes potente enorme grande grave violento violenta
  fort forte puissant puissante violent violente enorme énorme grand grande grave terrible
  stark starkes starker starke heftig heftiges heftige schwer schweres schwere gewaltig gewaltiges riesig
  sterk sterke zwaar zware hevig hevige groot grote enorme
  guclu güçlü siddetli şiddetli buyuk büyük
  kuat besar dahsyat
  сильное сильный сильная мощное мощный мощная
  `);

/**
 * Words that join a reference phrase to its place: "west of Y", "70 km from Y", "90 minutes to Y", "close to Y",
 * "cerca de Y", "à 20 km de Y", "westlich von Y", "20 km van Y", "в 20 км от Y", "على بعد 20 كم من Y", "20 km dari Y".
 */
export const REFERENCE_LINK = fold('of from to a à de del du di da do von van от из من عن dari ke');

/** Distance units, in km ("70 km from Y", "20 miles north of Y", "a 40 km de Y", "в 20 км от Y"). */
export const DISTANCE_UNITS = new Map<string, number>([
  ...[
    'km',
    'kms',
    'kilometers',
    'kilometres',
    'kilometre',
    'kilometer',
    'kilometern',
    'kilometros',
    'kilometri',
    'chilometri',
    'км',
    'километров',
    'كم',
    'كيلومتر',
    'किमी',
  ].map((u) => [foldWord(u), 1] as [string, number]),
  ...['mi', 'miles', 'millas', 'miglia', 'meilen', 'milhas'].map((u) => [u, 1.609] as [string, number]),
]);

/** "Near" written after the name: "Ankara yakınında", "दिल्ली के पास" (with के/की between). */
export const NEAR_AFTER = fold('yakininda yakınında yakinlarinda yakınlarında civarinda civarında पास');
/** ... and in a Han/Kana run: "東京近郊", "北京附近", "大阪の近く" is written "大阪近く" too. */
export const CJK_NEAR = ['附近', '近郊', '近く', '一带', '一帶', '周边', '周邊'];

/** Units of a travel time before a place ("75 mins to Sydney", "2 horas de Madrid", "3 Stunden von Berlin"). */
export const TIME_UNITS = fold(`
  min mins minute minutes hr hrs hour hours h
  minuto minutos hora horas minuti ora ore heure heures minuten stunde stunden uur dakika saat jam menit
  мин минут минуты час часа часов دقيقه دقائق ساعه ساعات
  `);

/** "of" between a direction and a place. */
export const OF = new Set(['of', 'from', 'de', 'del', 'du', 'di', 'da', 'do', 'von']);

/** Bits of CUE_BITS: one map lookup per word instead of one per list. */
export const CUE = {
  locative: 1,
  near: 2,
  facilityAfter: 4,
  facilityBefore: 8,
  connector: 16,
  honorific: 32,
  named: 64,
  continent: 128,
  directionNoun: 256,
  directionAdjective: 512,
  intensity: 1024,
  attributionAfter: 2048,
  attributionBefore: 4096,
  referenceLink: 8192,
  nearAfter: 16384,
  coverage: 32768,
  coverageFrom: 65536,
  timeUnit: 131072,
  distanceUnit: 262144,
  bearing: 524288,
  placeNoun: 1048576,
  newsWord: 2097152,
} as const;

/** Words after which a capitalised word is a name of the thing, not a place: storms are named after people ("Hurricane Sandy", "Typhoon Haiyan"). */
export const NAMED_BEFORE = fold(
  'hurricane typhoon cyclone storm huracan huracán tifon tifón tormenta ouragan typhon cyclone tempete tempête sturm orkan taifun wirbelsturm uragano tifone tempesta furacao furacão tufao tufão tempestade orkaan tyfoon storm kasirga kasırga tayfun fırtına topan badai тайфун ураган циклон шторм اعصار عاصفه إعصار',
);

/** Folded word -> the lists it is in (CUE bits). */
export const CUE_BITS = new Map<string, number>();
for (const [set, bit] of [
  [LOCATIVE, CUE.locative],
  [NEAR, CUE.near],
  [FACILITY_AFTER, CUE.facilityAfter],
  [FACILITY_BEFORE, CUE.facilityBefore],
  [CONNECTORS, CUE.connector],
  [HONORIFICS, CUE.honorific],
  [NAMED_BEFORE, CUE.named],
  [CONTINENTS, CUE.continent],
  [DIRECTION_NOUNS, CUE.directionNoun],
  [DIRECTION_ADJECTIVES, CUE.directionAdjective],
  [INTENSITY, CUE.intensity],
  [ATTRIBUTION_AFTER, CUE.attributionAfter],
  [ATTRIBUTION_BEFORE, CUE.attributionBefore],
  [REFERENCE_LINK, CUE.referenceLink],
  [NEAR_AFTER, CUE.nearAfter],
  [COVERAGE, CUE.coverage],
  [COVERAGE_FROM, CUE.coverageFrom],
  [TIME_UNITS, CUE.timeUnit],
  [new Set(DISTANCE_UNITS.keys()), CUE.distanceUnit],
  [new Set(BEARING.keys()), CUE.bearing],
  [PLACE_NOUNS, CUE.placeNoun],
  [NEWS_WORDS, CUE.newsWord],
] as const)
  for (const w of set) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);

/**
 * The same by hashStr of the word as an int32, in an open-addressing table of
 * typed arrays (a few KB that stay in cache, where a Map of numbers hashes
 * the key again and walks its buckets): one probe per token mostly, the word
 * checked on a hit. One entry per hash: a later word of the same hash
 * replaces an earlier one, as a Map's set() did.
 */
const CUE_MASK = (1 << Math.max(8, Math.ceil(Math.log2(CUE_BITS.size * 4)))) - 1;
const cueSlotHash = new Int32Array(CUE_MASK + 1);
/** Entry index + 1 into cueWords / cueBits; 0: an empty slot. */
const cueSlotEntry = new Int32Array(CUE_MASK + 1);
const cueWords: string[] = [];
const cueBits: number[] = [];
for (const [w, bits] of CUE_BITS) {
  const h = hashStr(w) | 0;
  let s = h & CUE_MASK;
  while (cueSlotEntry[s] !== 0 && cueSlotHash[s] !== h) s = (s + 1) & CUE_MASK;
  const e = cueSlotEntry[s] as number;
  if (e === 0) {
    cueWords.push(w);
    cueBits.push(bits);
    cueSlotHash[s] = h;
    cueSlotEntry[s] = cueWords.length;
  } else {
    cueWords[e - 1] = w;
    cueBits[e - 1] = bits;
  }
}

/** CUE bits of token i (its hash looked up, the word confirmed on the scanner's folded characters). */
export function cueOf(t: Tokens, i: number): number {
  const h = t.hash(i) | 0;
  let s = h & CUE_MASK;
  for (;;) {
    const e = cueSlotEntry[s] as number;
    if (e === 0) return 0;
    if (cueSlotHash[s] === h) return t.scan.eq(i, cueWords[e - 1] as string) ? (cueBits[e - 1] as number) : 0;
    s = (s + 1) & CUE_MASK;
  }
}

/** A broadcaster's call sign as written ("KTVT", "WFAA", "KXAS-TV", "WABC7"): upper case, K or W and three letters. */
export function isCallSign(raw: string): boolean {
  return /^[KW][A-Z]{3}(?:-?(?:TV|FM|AM|\d{1,2}))?$/.test(raw);
}

/**
 * Direction words naming a part of an area (regions.ts PartDir: 0 N, 1 NE, 2 E, 3 SE, 4 S, 5 SW, 6 W, 7 NW, 8
 * central), before the area's name ("northern Italy", "nord Italia", "el sur de México", "the north of Iraq",
 * "Noord-Italië", "на севере Италии", "شمال العراق", "उत्तरी इटली", "kuzey Irak").
 */
const PART_BEFORE_LISTS: [number, string][] = [
  [
    0,
    'north northern nord norte norden nördlich nördlichen nördliche noord noordelijk noorden kuzey utara север севере северный северной северном северная شمال شمالي الشمال उत्तर उत्तरी',
  ],
  [1, 'northeast northeastern north-eastern nordest nord-est noreste nordeste nordosten noordoost kuzeydoğu'],
  [
    2,
    'east eastern est este osten östlich östlichen östliche oost oostelijk oosten doğu timur восток востоке восточный восточной восточном شرق شرقي الشرق पूर्व पूर्वी leste',
  ],
  [3, 'southeast southeastern south-eastern sudest sud-est sureste sudeste südosten zuidoost güneydoğu'],
  [
    4,
    'south southern sud sur sul süden südlich südlichen südliche zuid zuidelijk zuiden güney selatan юг юге южный южной южном южная جنوب جنوبي الجنوب दक्षिण दक्षिणी',
  ],
  [5, 'southwest southwestern south-western sudouest sud-ouest suroeste sudoeste südwesten zuidwest güneybatı'],
  [
    6,
    'west western ouest oeste westen westlich westlichen westliche westelijk batı barat запад западе западный западной западном غرب غربي الغرب पश्चिम पश्चिमी ovest',
  ],
  [7, 'northwest northwestern north-western nordouest nord-ouest noroeste nordwesten noordwest kuzeybatı'],
  [
    8,
    'central centre centro zentral zentralen mittel midden orta tengah центр центре центральный центральной центральном وسط मध्य',
  ],
];
export const PART_BEFORE = new Map<string, number>();
for (const [dir, words] of PART_BEFORE_LISTS) for (const w of fold(words)) PART_BEFORE.set(w, dir);
/**
 * Words that are other words too ("sur" is "on" in French, "sul" "on the" in Italian, "este" "this", "est" "is",
 * "centre" a building): a part only when an "of" follows them ("sur de", "el este de", "le centre de").
 */
export const PART_NEEDS_OF = fold('sur sul este est centre centro mittel midden orta');
/** Upper-case compass letters before a name ("NW Bahamas", "SE Texas"): written in capitals only ("e" and "s" are words). */
export const PART_COMPASS = new Map<string, number>([
  ['n', 0],
  ['ne', 1],
  ['e', 2],
  ['se', 3],
  ['s', 4],
  ['sw', 5],
  ['w', 6],
  ['nw', 7],
]);
/** The same written after the name: adjectives ("Italia settentrionale", "México central", "Irak utara"). */
export const PART_AFTER = new Map<string, number>();
for (const [dir, words] of [
  [0, 'settentrionale settentrionali septentrional septentrionale setentrional utara الشمالي الشماليه'],
  [2, 'orientale orientali oriental timur الشرقي الشرقيه'],
  [4, 'meridionale meridionali méridional méridionale meridional selatan الجنوبي الجنوبيه'],
  [6, 'occidentale occidentali occidental barat الغربي الغربيه'],
  [8, 'centrale centrali central tengah الأوسط الاوسط'],
] as [number, string][])
  for (const w of fold(words)) PART_AFTER.set(w, dir);
/** German compounds: "Norditalien", "Nordirak", "Süditalien", "Ostukraine", "Mittelitalien" (longest prefix first). */
export const PART_PREFIX: [string, number][] = (
  [
    ['nordost', 1],
    ['nordwest', 7],
    ['sudost', 3],
    ['sudwest', 5],
    ['zentral', 8],
    ['mittel', 8],
    ['nord', 0],
    ['west', 6],
    ['sud', 4],
    ['ost', 2],
  ] as [string, number][]
).map(([p, d]) => [foldWord(p), d]);
/** Han/Kana suffixes after the name: "イタリア北部", "菲律宾中部", "伊拉克北部" (longest first). */
export const CJK_PART: [string, number][] = [
  ['东北部', 1],
  ['東北部', 1],
  ['西北部', 7],
  ['东南部', 3],
  ['東南部', 3],
  ['西南部', 5],
  ['北部', 0],
  ['东部', 2],
  ['東部', 2],
  ['南部', 4],
  ['西部', 6],
  ['中部', 8],
];
/** A first word joined to an east or west one makes a diagonal ("north east", "nord-ouest", "северо-западе", "شمال غرب"). */
export const PART_NORTH_SOUTH = new Map<string, number>([
  ...[...fold('north nord norte noord northern kuzey северо شمال'), 'северо'].map((w) => [w, 0] as [string, number]),
  ...[...fold('south sud sur zuid southern güney юго جنوب')].map((w) => [w, 4] as [string, number]),
]);
