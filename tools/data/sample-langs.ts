/**
 * Generated streams in the languages the labelled data lacks (ar, pt, it,
 * nl, tr, ru, id, hi, ja, zh, el, ko, uk, fa, pl, he, ur, bn): the sample stream's background
 * (tools/data/sample-stream.ts) plus, in the language, everyday chatter,
 * figurative uses of crisis words around one city, re-shared and recalled old
 * news of that city, and optionally one event reported first-hand in it.
 * Templates are written by hand (no post of any corpus); {city} is the
 * city's name as written in the language.
 *
 *   generateLanguageStream({ seed: 1, lang: 'ar', event: true }) -> { posts, truth }
 */
import type { Category } from '../../functions/domain/alert';
import { placeByName } from '../../functions/domain/places';
import type { Post } from '../../functions/domain/post';
import { mulberry32 } from './random';
import { type GeneratedStream, generateStream } from './sample-stream';

export const KIT_LANGS = [
  'ar',
  'pt',
  'it',
  'nl',
  'tr',
  'ru',
  'id',
  'hi',
  'ja',
  'zh',
  'el',
  'ko',
  'uk',
  'fa',
  'pl',
  'he',
  'ur',
  'bn',
] as const;
export type KitLang = (typeof KIT_LANGS)[number];

interface LangKit {
  category: Exclude<Category, 'other'>;
  /** The city in the gazetteer (English name, ISO country) and as the language writes it. */
  city: string;
  country: string;
  cityText: string;
  /** First-hand reports, casualties, news of the event. */
  reports: string[];
  /** Crisis words used figuratively, some naming the city. */
  figurative: string[];
  /** Old news: anniversaries, "years ago", an earlier year named. */
  stale: string[];
  /** Everyday chatter. */
  background: string[];
}

export const LANG_KITS: Record<KitLang, LangKit> = {
  ar: {
    category: 'explosion',
    city: 'Beirut',
    country: 'LB',
    cityText: 'بيروت',
    reports: [
      'عاجل: انفجار ضخم في {city} وسقوط عدد من الجرحى',
      'سمعت دوي انفجار قوي في {city} الآن، النوافذ اهتزت',
      'انفجار في مرفأ {city}، الدفاع المدني في المكان ونقل المصابين إلى المستشفيات',
      'مقتل 3 وإصابة العشرات في انفجار هز {city}',
      'يا الله، انفجار كبير في {city} والدخان يغطي السماء',
      'دوي انفجار ب{city} قبل قليل والإسعاف في الطريق',
    ],
    figurative: [
      'انفجار سكاني في {city} والمدن الكبرى، لا مكان للسكن',
      'هههههه ميت من الضحك على هذا الفيديو',
      'أصبت بنوبة هلع قبل الامتحان اليوم',
      'ألعاب نارية رائعة الليلة في {city}',
    ],
    stale: [
      'في مثل هذا اليوم قبل 5 سنوات انفجار {city} أودى بحياة 200 شخص',
      'ذكرى انفجار {city}: لن ننسى الضحايا',
      'قبل 6 سنوات هز انفجار ضخم {city} وقتل المئات',
    ],
    background: [
      'صباح الخير، قهوة ثم العمل',
      'من يشاهد المباراة الليلة؟',
      'الطقس جميل اليوم في {city}',
      'أفضل مطعم في {city}؟ أريد اقتراحات',
      'انتهيت من قراءة كتاب رائع',
    ],
  },
  pt: {
    category: 'fire',
    city: 'Porto Alegre',
    country: 'BR',
    cityText: 'Porto Alegre',
    reports: [
      'URGENTE: incêndio de grandes proporções em prédio de {city}, pessoas presas',
      'Meu Deus, incêndio enorme aqui em {city}, muita fumaça',
      'Bombeiros combatem incêndio em {city}, 4 feridos e moradores evacuados',
      'Incêndio atinge prédio no centro de {city}, há vítimas',
    ],
    figurative: [
      'esse show em {city} foi uma bomba kkkkk',
      'morri de rir com esse vídeo kkkk',
      'tive um ataque de pânico antes da prova',
      'fogos de artifício lindos hoje em {city}',
    ],
    stale: [
      'Há 10 anos o incêndio na boate de {city} matou 242 pessoas',
      'Aniversário da tragédia de {city}: 242 mortos no incêndio de 2013',
    ],
    background: [
      'Bom dia! Café e trabalho',
      'Alguém vai assistir o jogo hoje?',
      'Que calor em {city} hoje',
      'Terminei a série, recomendo demais',
      'Fim de semana chegando, graças a Deus',
    ],
  },
  it: {
    category: 'collapse',
    city: 'Turin',
    country: 'IT',
    cityText: 'Torino',
    reports: [
      'ULTIM’ORA: crollo di una palazzina a {city}, persone intrappolate sotto le macerie',
      'Oddio, è crollato un palazzo qui a {city}, soccorsi sul posto',
      'Crollo a {city}: 2 morti e diversi feriti, vigili del fuoco al lavoro tra le macerie',
      'Palazzo crollato nel centro di {city}, si scava tra le macerie',
    ],
    figurative: [
      'il concerto a {city} è stato una bomba ahahah',
      'sono morto dal ridere con questo video',
      'attacco di panico prima dell esame',
      'il crollo della Juve a {city} stasera, che disastro',
    ],
    stale: [
      'Anniversario del crollo di {city}: 10 anni fa morirono 8 persone',
      '10 anni fa il crollo del palazzo a {city}, 8 morti',
    ],
    background: [
      'Buongiorno a tutti, caffè e si parte',
      'Chi guarda la partita stasera?',
      'Che bella giornata a {city}',
      'Finito il libro, consigli per il prossimo?',
      'Finalmente venerdì',
    ],
  },
  nl: {
    category: 'crash',
    city: 'Utrecht',
    country: 'NL',
    cityText: 'Utrecht',
    reports: [
      'BREAKING: trein ontspoord bij {city}, meerdere gewonden',
      'Net een trein zien ontsporen bij station {city}, overal ambulances',
      'Treinongeluk bij {city}: wagons gekanteld, hulpdiensten ter plaatse',
      'Ontsporing bij {city}: 2 doden en tientallen gewonden volgens de politie',
    ],
    figurative: [
      'haha ik lig dood van het lachen',
      'die nieuwe track is echt een bom in {city}',
      'paniekaanval voor mijn tentamen vandaag',
      'vuurwerk in {city} was prachtig',
    ],
    stale: [
      '10 jaar geleden ontspoorde een trein bij {city}, 5 doden',
      'Herdenking van het treinongeluk bij {city} in 2016',
    ],
    background: [
      'Goedemorgen allemaal, eerst koffie',
      'Wie kijkt de wedstrijd vanavond?',
      'Mooi weer in {city} vandaag',
      'Boek uit, tips voor het volgende?',
      'Eindelijk weekend',
    ],
  },
  tr: {
    category: 'flood',
    city: 'Izmir',
    country: 'TR',
    cityText: 'İzmir',
    reports: [
      'SON DAKİKA: {city}’de sel felaketi, sokaklar su altında, araçlar sürüklendi',
      'Aman Allahım {city}’de sel, evleri su bastı, insanlar çatılarda mahsur',
      '{city}’de sel: 2 kişi hayatını kaybetti, ekipler kurtarma çalışması yapıyor',
      '{city}’de şiddetli yağış sonrası sel, mahsur kalanlar var',
    ],
    figurative: [
      'gülmekten öldüm bu videoya',
      'bugün sınav öncesi panik atak geçirdim',
      'bu şarkı bomba gibi',
      '{city} gecesi havai fişek gösterisi harikaydı',
    ],
    stale: [
      '5 yıl önce {city}’de sel 10 kişinin ölümüne neden olmuştu',
      '{city} sel felaketinin yıldönümü: 10 kişi hayatını kaybetmişti',
    ],
    background: [
      'Günaydın, önce kahve',
      'Bu akşam maçı kim izleyecek?',
      '{city}’de hava çok güzel',
      'Kitabı bitirdim, öneri var mı?',
      'Nihayet hafta sonu',
    ],
  },
  ru: {
    category: 'attack',
    city: 'Kazan',
    country: 'RU',
    cityText: 'Казани',
    reports: [
      'Срочно: стрельба в школе в {city}, есть раненые',
      'Боже, в {city} стрельба, слышал выстрелы, полиция везде',
      'Стрелок открыл огонь в {city}: 5 погибших и десятки раненых',
      'В {city} нападение на школу, стрелок задержан, пострадавших увозят скорые',
    ],
    figurative: [
      'взрыв смеха в зале, все хохотали',
      'ахахах умираю со смеху',
      'у меня паническая атака перед экзаменом',
      'это бомба, а не песня',
    ],
    stale: [
      '5 лет назад в {city} произошла стрельба в школе, погибли 9 человек',
      'Годовщина трагедии в {city}: 9 погибших в 2021 году',
    ],
    background: [
      'Доброе утро, сначала кофе',
      'Кто смотрит матч сегодня?',
      'Хорошая погода в {city}',
      'Дочитал книгу, что почитать дальше?',
      'Наконец-то выходные',
    ],
  },
  id: {
    category: 'unrest',
    city: 'Jakarta',
    country: 'ID',
    cityText: 'Jakarta',
    reports: [
      'Kerusuhan di {city} malam ini, polisi menembakkan gas air mata ke arah demonstran',
      'Bentrokan di pusat {city}, toko dijarah dan mobil dibakar',
      'Ricuh di {city}: polisi dan massa bentrok, puluhan orang luka-luka',
      'Kerusuhan meluas di {city}, penjarahan di beberapa tempat',
    ],
    figurative: [
      'wkwkwk mati ketawa liat video ini',
      'serangan panik sebelum ujian tadi',
      'kembang api di {city} keren banget',
      'lagu ini meledak banget wkwk',
    ],
    stale: ['5 tahun lalu kerusuhan di {city} menewaskan 8 orang', 'Mengenang kerusuhan {city} 2019, 8 orang tewas'],
    background: [
      'Selamat pagi, ngopi dulu',
      'Siapa yang nonton bola malam ini?',
      'Cuaca cerah di {city} hari ini',
      'Baru selesai baca buku, ada rekomendasi?',
      'Akhirnya akhir pekan',
    ],
  },
  hi: {
    category: 'fire',
    city: 'Mumbai',
    country: 'IN',
    cityText: 'मुंबई',
    reports: [
      'ब्रेकिंग: {city} की एक इमारत में भीषण आग, कई लोग फंसे',
      'हे भगवान, {city} में बहुत बड़ी आग लगी है, चारों तरफ धुआं',
      '{city} आग: 3 लोगों की मौत, दमकल की गाड़ियां मौके पर',
      '{city} में आग से कई लोग घायल, लोगों को निकाला गया',
    ],
    figurative: [
      'हाहा हंसते हंसते पेट दर्द हो गया',
      'यह गाना तो आग है',
      '{city} में दिवाली की आतिशबाजी शानदार थी',
      'परीक्षा से पहले दिल का दौरा पड़ने वाला था हाहा',
    ],
    stale: ['{city} आग की बरसी: 10 साल पहले 50 लोगों की मौत हुई थी', '10 साल पहले {city} में आग से 50 लोग मारे गए थे'],
    background: [
      'सुप्रभात, पहले चाय',
      'आज रात मैच कौन देख रहा है?',
      '{city} में आज मौसम अच्छा है',
      'किताब खत्म की, अगली कौन सी पढ़ूं?',
      'आखिरकार सप्ताहांत',
    ],
  },
  ja: {
    category: 'earthquake',
    city: 'Osaka',
    country: 'JP',
    cityText: '大阪',
    reports: [
      '速報 {city}で強い地震 建物が倒壊 けが人多数',
      '今{city}ですごい揺れた 怖い',
      '{city}で震度6強の地震 3人死亡 多数の負傷者',
      '{city}の地震 家が倒壊して閉じ込められた人がいる',
    ],
    figurative: ['{city}で爆買いしてきた笑', 'この動画爆笑した', '人口爆発の問題について考える', '昨日は爆睡した'],
    stale: ['{city}の地震から10年前 多くの人が亡くなった', '阪神大震災から30周年 6434人が死亡'],
    background: [
      'おはようございます コーヒー飲んでから仕事',
      '今夜の試合誰か見る?',
      '{city}は今日いい天気',
      '本を読み終わった おすすめある?',
      'やっと週末',
    ],
  },
  zh: {
    category: 'explosion',
    city: 'Tianjin',
    country: 'CN',
    cityText: '天津',
    reports: [
      '突发：{city}港口发生剧烈爆炸，多人受伤',
      '刚才{city}一声巨响，爆炸了，窗户都震碎了',
      '{city}爆炸已造成5人死亡，数十人受伤，消防正在救援',
      '{city}一化工厂发生爆炸，现场浓烟滚滚',
    ],
    figurative: ['这个视频笑死我了哈哈', '{city}这家店的新品太爆红了', '人口爆炸是个大问题', '这首歌是爆款'],
    stale: ['{city}港爆炸十周年 当年造成173人死亡', '10年前{city}大爆炸造成173人遇难'],
    background: [
      '早上好，先喝杯咖啡',
      '今晚谁看球赛？',
      '{city}今天天气很好',
      '这本书读完了，有推荐吗？',
      '终于周末了',
    ],
  },
  el: {
    category: 'fire',
    city: 'Athens',
    country: 'GR',
    cityText: 'Αθήνα',
    reports: [
      'ΕΚΤΑΚΤΟ: μεγάλη φωτιά στην {city}, κάτοικοι εγκλωβισμένοι',
      'Θεέ μου, τεράστια πυρκαγιά κοντά στην {city}, παντού καπνός',
      'Πυρκαγιά στην {city}: 3 νεκροί και δεκάδες τραυματίες, εκκενώνονται σπίτια',
      'Η φωτιά στην {city} καίει σπίτια, η πυροσβεστική στο σημείο',
    ],
    figurative: [
      'χαχαχα πέθανα στα γέλια',
      'κρίση πανικού πριν τις εξετάσεις',
      'αυτό το τραγούδι είναι φωτιά',
      'τα πυροτεχνήματα στην {city} ήταν υπέροχα',
    ],
    stale: [
      'Επέτειος της φωτιάς στην {city}: 102 νεκροί το 2018',
      'Πριν από 5 χρόνια η φωτιά κοντά στην {city} σκότωσε 102 ανθρώπους',
    ],
    background: [
      'Καλημέρα, πρώτα καφές',
      'Ποιος βλέπει τον αγώνα απόψε;',
      'Ωραίος καιρός στην {city} σήμερα',
      'Τελείωσα το βιβλίο, προτάσεις;',
      'Επιτέλους Σαββατοκύριακο',
    ],
  },
  ko: {
    category: 'crash',
    city: 'Seoul',
    country: 'KR',
    cityText: '서울',
    reports: [
      '속보: {city} 지하철 열차 탈선, 부상자 다수',
      '방금 {city}역에서 열차 충돌 사고 봤어요, 구급차가 계속 와요',
      '{city} 열차 사고로 3명 사망, 수십 명 부상',
      '{city} 열차 탈선 사고, 구조대 현장 도착',
    ],
    figurative: [
      'ㅋㅋㅋㅋ 웃겨 죽겠다',
      '이 노래 진짜 폭탄이야 ㅋㅋ',
      '시험 전에 심장마비 올 뻔',
      '{city} 불꽃놀이 최고였어',
    ],
    stale: ['{city} 열차 사고 10주년, 당시 5명 사망', '10년 전 오늘 {city}에서 열차 사고로 5명이 사망했다'],
    background: [
      '좋은 아침, 커피 먼저',
      '오늘 밤 경기 누가 봐요?',
      '{city} 오늘 날씨 좋네요',
      '책 다 읽었어요, 추천 있나요?',
      '드디어 주말',
    ],
  },
  uk: {
    category: 'explosion',
    city: 'Kharkiv',
    country: 'UA',
    cityText: 'Харкові',
    reports: [
      'Терміново: потужний вибух у {city}, є поранені',
      'Щойно чула сильний вибух у {city}, вікна затремтіли',
      'Вибух у {city}: 3 людини загинули, ще 12 поранені, рятувальники на місці',
      'У {city} пролунав вибух, у центрі горить будинок, працюють ДСНС і швидка',
      'Боже, у {city} знову вибух, дим над містом',
    ],
    figurative: [
      'ахахах помираю зі сміху з цього відео',
      'у мене панічна атака перед іспитом',
      'ця пісня просто бомба, слухаю весь день у {city}',
      'концерт у {city} був вибух емоцій',
    ],
    stale: ['Рік тому у {city} стався вибух, загинули 5 людей', 'Річниця вибуху у {city}: пам’ятаємо загиблих'],
    background: [
      'Доброго ранку, спочатку кава',
      'Хто дивиться матч сьогодні ввечері?',
      'Гарна погода у {city} сьогодні',
      'Дочитала книгу, що почитати далі?',
      'Нарешті вихідні',
    ],
  },
  fa: {
    category: 'earthquake',
    city: 'Kermanshah',
    country: 'IR',
    cityText: 'کرمانشاه',
    reports: [
      'فوری: زلزله شدید در {city}، مردم به خیابان‌ها آمدند',
      'همین الان زلزله رو حس کردم، {city} خیلی لرزید',
      'زمین‌لرزه ۶ ریشتری {city} را لرزاند؛ دست‌کم 3 نفر کشته و ده‌ها نفر زخمی شدند',
      'زلزله در {city}: چند ساختمان فرو ریخت، امدادگران هلال احمر در محل هستند',
      'خدایا، زلزله خیلی بدی بود در {city}، همه چیز می‌لرزید',
    ],
    figurative: [
      'خخخخخ از خنده ترکیدم با این ویدیو',
      'قبل از امتحان حمله عصبی داشتم',
      'این آهنگ جدید در {city} ترکانده، انفجار است',
      'آتش بازی امشب در {city} عالی بود',
    ],
    stale: ['سالگرد زلزله {city}: در سال 2017 بیش از 600 نفر جان باختند', '6 سال پیش زلزله {city} صدها کشته داشت'],
    background: [
      'صبح بخیر، اول چای بعد کار',
      'کی امشب بازی رو می‌بینه؟',
      'هوای {city} امروز خیلی خوبه',
      'کتاب رو تموم کردم، پیشنهاد بعدی چیه؟',
      'بالاخره آخر هفته شد',
    ],
  },
  pl: {
    category: 'flood',
    city: 'Wrocław',
    country: 'PL',
    // The locative ("we Wrocławiu"): Polish names a place by its case forms (places/extract.ts reads them back).
    cityText: 'Wrocławiu',
    reports: [
      'PILNE: powódź we {city}, ulice zalane, ludzie czekają na dachach',
      'Matko, u nas we {city} wszystko zalane, woda wdarła się do bloku, ewakuacja trwa',
      'Powódź we {city}: dwie osoby nie żyją, strażacy ewakuują mieszkańców',
      'We {city} fala powodziowa zalała centrum, jest wielu poszkodowanych',
    ],
    figurative: [
      'umieram ze śmiechu z tego filmiku xD',
      'atak paniki przed egzaminem, masakra',
      'ten koncert we {city} to była bomba',
      'zalany w trupa po imprezie we {city}',
    ],
    stale: [
      'Rocznica powodzi tysiąclecia: we {city} woda stała w 1997 roku',
      '27 lat temu powódź we {city}, zginęło wiele osób',
    ],
    background: [
      'Dzień dobry, najpierw kawa',
      'Kto ogląda mecz dziś wieczorem?',
      'Piękna pogoda dziś we {city}',
      'Skończyłam książkę, co czytać dalej?',
      'Wreszcie weekend',
    ],
  },
  he: {
    category: 'fire',
    city: 'Haifa',
    country: 'IL',
    // Hebrew writes its prepositions onto the name ("בחיפה", in Haifa): places/extract.ts reads the name under them.
    cityText: 'חיפה',
    reports: [
      'דחוף: שריפה גדולה ב{city}, כוחות כיבוי והצלה בדרך',
      'אלוהים, רואים עשן ולהבות מכל {city}, השריפה מתקרבת לבתים',
      'שריפה ענקית ב{city}: 3 פצועים, מאות תושבים פונו מבתיהם',
      'ראיתי את האש מהמרפסת עכשיו, כל הרכס בוער ו{city} מלאה עשן',
      'כבאים נלחמים בשריפה ב{city}, שלושה הרוגים ועשרות פצועים',
    ],
    figurative: [
      'חחחחח מת מצחוק מהסרטון הזה',
      'השיר החדש הזה פשוט אש, שומעת אותו כל היום ב{city}',
      'היה לי התקף חרדה לפני המבחן',
      'המסיבה אתמול ב{city} הייתה פצצה',
    ],
    stale: ['לפני 14 שנים שריפת הכרמל ליד {city} גבתה 44 הרוגים', 'יום השנה לשריפה הגדולה ב{city}: זוכרים את הקורבנות'],
    background: [
      'בוקר טוב, קודם קפה ואז עבודה',
      'מי רואה את המשחק הערב?',
      'מזג אוויר יפה היום ב{city}',
      'סיימתי את הספר, מה לקרוא עכשיו?',
      'סוף סוף סוף שבוע',
    ],
  },
  ur: {
    category: 'earthquake',
    city: 'Quetta',
    country: 'PK',
    cityText: 'کوئٹہ',
    reports: [
      'بریکنگ: {city} میں شدید زلزلہ، لوگ گھروں سے باہر نکل آئے',
      'ابھی ابھی زلزلے کے شدید جھٹکے محسوس کیے، {city} میں سب کچھ ہل گیا',
      // Urdu digits and the Arabic decimal separator: the magnitude is 5.6 (magnitude.ts).
      '{city} میں ریکٹر اسکیل پر ۵٫۶ شدت کا زلزلہ، تین افراد جاں بحق اور ۲۰ زخمی',
      '{city} میں زلزلے سے کئی عمارتیں منہدم، ریسکیو ٹیمیں ملبے سے لوگوں کو نکال رہی ہیں',
      'یا اللہ خیر، {city} میں زمین ہل گئی، بہت خوفناک زلزلہ تھا',
    ],
    figurative: [
      'ہاہاہا ہنس ہنس کر برا حال ہو گیا',
      'یہ نیا گانا تو دھماکہ ہے، {city} میں سب سن رہے ہیں',
      'امتحان سے پہلے دل کا دورہ پڑنے والا تھا',
      'کل رات {city} میں آتش بازی زبردست تھی',
    ],
    stale: [
      '{city} زلزلے کی برسی: ۲۰۰۸ میں سینکڑوں افراد جاں بحق ہوئے تھے',
      '۱۶ سال پہلے {city} کے زلزلے میں بہت تباہی ہوئی تھی',
    ],
    background: [
      'صبح بخیر، پہلے چائے پھر کام',
      'آج رات میچ کون دیکھ رہا ہے؟',
      'آج {city} کا موسم بہت اچھا ہے',
      'کتاب ختم کر لی، اب کیا پڑھوں؟',
      'شکر ہے ویک اینڈ آ گیا',
    ],
  },
  bn: {
    category: 'storm',
    city: 'Chattogram',
    country: 'BD',
    // The locative ("চট্টগ্রামে", in Chattogram): Bengali writes case endings onto the name (places/extract.ts reads them back).
    cityText: 'চট্টগ্রামে',
    reports: [
      'ব্রেকিং: ঘূর্ণিঝড়ের তাণ্ডব {city}, বহু ঘরবাড়ি লণ্ডভণ্ড',
      'হায় আল্লাহ, {city} প্রচণ্ড ঝড় হচ্ছে, এইমাত্র আমাদের বাড়ির ছাদ উড়ে গেল',
      'ঘূর্ণিঝড়ে {city} তিনজন নিহত, আহত অর্ধশতাধিক; উদ্ধারকাজ চলছে',
      '{city} ঝড়ে গাছ উপড়ে পড়েছে, বিদ্যুৎ নেই, লাখো মানুষ আশ্রয়কেন্দ্রে',
      'ঘূর্ণিঝড় আঘাত হেনেছে {city}, জলোচ্ছ্বাসে নিম্নাঞ্চল প্লাবিত',
    ],
    figurative: [
      'হাহাহা হাসতে হাসতে শেষ',
      'নতুন গানটা পুরো আগুন, {city} সবাই শুনছে',
      'পরীক্ষার আগে প্যানিক অ্যাটাক হচ্ছিল',
      'কাল রাতে {city} আতশবাজি দারুণ ছিল',
      'ম্যাচে ঝড়ের মতো ব্যাটিং, {city} দর্শকরা মুগ্ধ',
    ],
    stale: [
      'সিডরের বার্ষিকী: ২০০৭ সালের এই দিনে ঘূর্ণিঝড়ে হাজারো মানুষ নিহত হয়েছিল',
      '১৫ বছর আগে ঘূর্ণিঝড়ে {city} ব্যাপক ক্ষতি হয়েছিল',
    ],
    background: [
      'শুভ সকাল, আগে চা তারপর কাজ',
      'আজ রাতে খেলা কে দেখছে?',
      'আজ {city} আবহাওয়া খুব সুন্দর',
      'বইটা শেষ করলাম, এরপর কী পড়ব?',
      'অবশেষে ছুটির দিন',
    ],
  },
};

/** A Snowflake-shaped id of a post created at `ms` (for retweets of old posts). */
export function snowflakeId(ms: number, seq: number): string {
  return ((BigInt(ms - 1288834974657) << 22n) + BigInt(seq & 0x3fffff)).toString();
}

export interface LanguageStreamOptions {
  seed: number;
  lang: KitLang;
  /** Inject the kit's event (else only chatter, figurative uses and old news in the language). */
  event: boolean;
  /** Event posts (default 30). */
  eventPosts?: number;
}

/**
 * Two hours: the sample stream's background (6 posts/min), chatter in the
 * language (3/min), a burst of 40 figurative posts and 20 old-news posts
 * (half of them retweets of a years-old post) in the first hour around the
 * kit's city, and with `event` its event from minute 70.
 */
export function generateLanguageStream(o: LanguageStreamOptions): GeneratedStream {
  const kit = LANG_KITS[o.lang];
  const city = placeByName(kit.city, kit.country);
  if (!city) throw new Error(`${o.lang} kit: ${kit.city}, ${kit.country} not in the gazetteer`);
  const base = generateStream({ seed: o.seed, events: [], durationMinutes: 120, backgroundPerMinute: 6 });
  const rnd = mulberry32((o.seed ^ 0x5eed) >>> 0 || 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const start = Date.parse('2026-03-02T00:00:00.000Z');
  const posts: Post[] = [...base.posts];
  let n = 0;
  const at = (ms: number) => new Date(ms).toISOString();
  const fill = (t: string) => t.replace(/\{city\}/g, kit.cityText);
  const post = (text: string, ms: number, extra: Partial<Post> = {}): Post => {
    const id = String(1000 + Math.floor(rnd() * 9_000_000));
    const p: Post = {
      id: `lang${o.seed}-${o.lang}-${(n++).toString().padStart(5, '0')}`,
      text,
      createdAt: at(ms),
      source: 'twitter',
      author: { id, handle: `user${id}`, followers: Math.floor(Math.exp(rnd() * 8)) },
      ...extra,
    };
    if (rnd() < 0.6) p.lang = o.lang;
    return p;
  };
  for (let i = 0; i < 360; i++) posts.push(post(fill(pick(kit.background)), start + Math.floor(rnd() * 120 * 60_000)));
  // Figurative chatter: a burst around the city, many authors.
  for (let i = 0; i < 40; i++)
    posts.push(post(fill(pick(kit.figurative)), start + 20 * 60_000 + Math.floor(rnd() * 20 * 60_000)));
  // Old news: recalled in text, and re-shared (retweets of a post five years older than the stream).
  const old = snowflakeId(start - 5 * 365 * 86_400_000, o.seed);
  for (let i = 0; i < 20; i++) {
    const text = fill(pick(kit.stale));
    const ms = start + 30 * 60_000 + Math.floor(rnd() * 20 * 60_000);
    posts.push(i % 2 ? post(`RT @archive: ${text}`, ms, { retweetOf: old }) : post(text, ms));
  }
  const events = [];
  const postEvent: Record<string, string> = {};
  if (o.event) {
    const eventId = `generated-${o.lang}-${kit.category}`;
    const onset = start + 70 * 60_000;
    const ev: Post[] = [];
    let t = onset + 60_000;
    for (let k = 0; k < (o.eventPosts ?? 30); k++) {
      if (k > 0) t += Math.floor(Math.max(15_000, 120_000 / (1 + k * 0.5)) * (0.5 + rnd()));
      const orig = ev.length >= 3 && rnd() < 0.25 ? pick(ev) : undefined;
      const p = orig
        ? post(`RT @${orig.author?.handle ?? 'someone'}: ${orig.text}`, t, { retweetOf: orig.id })
        : post(fill(pick(kit.reports)), t);
      ev.push(p);
      postEvent[p.id] = eventId;
    }
    posts.push(...ev);
    events.push({
      eventId,
      category: kit.category,
      place: `${city.name}, ${city.country}`,
      lat: city.lat,
      lon: city.lon,
      onsetAt: at(onset),
      firstPostAt: (ev[0] as Post).createdAt,
      posts: ev.length,
    });
  }
  posts.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  return { posts, truth: { events, postEvent } };
}
