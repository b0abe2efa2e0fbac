/** Unit tests: normalisation, language identification, per-post classification, unrest vs attack, figurative uses and old news. */

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage, normalize, scorePost } from '../../../functions/domain/detector';
import { hashStr } from '../../../functions/domain/detector/features';
import { CATS } from '../../../functions/domain/detector/lexicon';
import { snowflakeMs } from '../../../functions/domain/detector/score';
import { describePlace, gazetteer } from '../../../functions/domain/places';
import type { Post } from '../../../functions/domain/post';
import { snowflakeId } from '../../../tools/data/sample-langs';

const post = (text: string, extra: Partial<Post> = {}): Post => ({
  id: `t-${text.length}-${text.slice(0, 8)}`,
  text,
  createdAt: '2026-03-02T12:00:00.000Z',
  source: 'twitter',
  ...extra,
});
const cat = (text: string): string => {
  const s = scorePost(post(text));
  return s.cat >= 0 ? (CATS[s.cat] as string) : 'none';
};

describe('normalize', () => {
  test('decodes HTML entities, drops URLs and mentions, strips the retweet prefix', () => {
    const n = normalize('RT @CityNewsDesk: Fire &amp; smoke at the plant http://t.co/abc @someone');
    assert.equal(n.isRetweet, true);
    assert.equal(n.hasUrl, true);
    assert.deepEqual(n.tokens, ['fire', 'smoke', 'at', 'the', 'plant']);
  });
  test('splits hashtags into words and keeps their bodies', () => {
    const n = normalize('#LondonMarathon #PrayForLyon #nepalquake');
    assert.deepEqual(n.tokens, ['london', 'marathon', 'pray', 'for', 'lyon', 'nepalquake']);
    assert.deepEqual(n.hashtags, ['londonmarathon', 'prayforlyon', 'nepalquake']);
  });
  test('folds case and accents, removes emoji, decodes numeric entities', () => {
    const n = normalize('ÚLTIMA HORA 😱 Explosión en Málaga &#33;');
    assert.deepEqual(n.tokens, ['ultima', 'hora', 'explosion', 'en', 'malaga']);
    assert.ok(n.upperRatio > 0.3);
  });
  test('handles empty and symbol-only text', () => {
    assert.deepEqual(normalize('').tokens, []);
    assert.deepEqual(normalize('!!! ??? 🔥🔥').tokens, []);
  });
});

describe('detectLanguage', () => {
  const lang = (t: string) => detectLanguage(t);
  test('en, fr, es, de', () => {
    assert.equal(lang('We heard a loud blast near the old mill and the police are now at the scene'), 'en');
    assert.equal(lang('Une forte explosion a eu lieu dans le centre de la ville, les pompiers sont sur place'), 'fr');
    assert.equal(
      lang('Se oyó una explosión muy fuerte junto al mercado, los bomberos dicen que hay varios heridos'),
      'es',
    );
    assert.equal(
      lang('Eine schwere Explosion in der Innenstadt, die Feuerwehr ist mit vielen Kräften im Einsatz'),
      'de',
    );
  });
  test('short Spanish, Italian and Portuguese headlines: "de", "a", "in", "e" are their function words too, not only English or French ones', () => {
    assert.equal(lang('Cuatro personas muertas a tiros en un colegio de Zaragoza'), 'es');
    assert.equal(lang('Descarrila un tren cerca de Zaragoza, vagones volcados'), 'es');
    assert.equal(lang("Due persone morte nell'incendio di un appartamento a Perugia stanotte"), 'it');
    assert.equal(lang('Cinque feriti in un tamponamento a catena vicino a Perugia'), 'it');
    assert.equal(lang('Incêndio atinge prédio em São Paulo e deixa feridos'), 'pt');
    assert.equal(lang('A fire in a house near the station'), 'en');
  });
  test('Ukrainian from Russian and Persian from Arabic (same script): function words and the letters only one writes', () => {
    assert.equal(lang('Потужний вибух у центрі міста, є загиблі та поранені'), 'uk');
    assert.equal(lang('Сьогодні гарна погода у місті'), 'uk');
    assert.equal(lang('Мощный взрыв в центре города, есть погибшие и раненые'), 'ru');
    // Words both write ("в", "не", "на") give no more to Ukrainian than to Russian: Russian stays Russian.
    assert.equal(lang('в городе не было света'), 'ru');
    assert.equal(lang('زلزله شدید در شهر، چند ساختمان فرو ریخت'), 'fa');
    // Persian typed on an Arabic keyboard (ي ك for ی ک) is still Persian by its function words.
    assert.equal(lang('زلزله شديد در شهر، مردم از خانه ها بيرون آمدند كه'), 'fa');
    assert.equal(lang('زلزال قوي يضرب المدينة ومقتل ثلاثة أشخاص'), 'ar');
    assert.equal(lang('حملة انتخابية في المدينة هذا الأسبوع'), 'ar');
    // The tag breaks a tie: a Cyrillic post with no evidence either way.
    assert.equal(detectLanguage('Харків!!', 'uk'), 'uk');
    assert.equal(detectLanguage('Харків!!'), 'uk');
    assert.equal(detectLanguage('Москва!!'), 'ru');
  });
  test('Hebrew and Bengali by their scripts; Urdu told from Arabic and Persian by its function words and its own letters', () => {
    assert.equal(lang('שריפה גדולה בחיפה, יש פצועים'), 'he');
    assert.equal(lang('চট্টগ্রামে ঘূর্ণিঝড়, তিনজন নিহত'), 'bn');
    assert.equal(lang('کوئٹہ میں زلزلے کے شدید جھٹکے'), 'ur');
    // Urdu writes Persian's ی ک too: its own letters (ٹ ڈ ے ں) and words outweigh them.
    assert.equal(lang('ریکٹر اسکیل پر زلزلے کی شدت ریکارڈ کی گئی'), 'ur');
    assert.equal(lang('زلزله شدید در شهر، چند ساختمان فرو ریخت'), 'fa');
    assert.equal(lang('زلزال قوي يضرب المدينة ومقتل ثلاثة أشخاص'), 'ar');
    // Decorated Arabic writes ہ for ه ("للهہ"): no Urdu letter; an Arabic word Urdu has in another sense is no Urdu either.
    assert.equal(lang('اللہم اغفر لي ولوالدي والمسلمين الاحياء منہم'), 'ar');
    assert.equal(lang('فساد'), 'ar');
    assert.equal(lang('هم وانزاح'), 'ar');
  });
  test('Polish among the Latin-script languages', () => {
    assert.equal(lang('Pożar kamienicy w centrum miasta, są ranni, strażacy już są na miejscu'), 'pl');
    assert.equal(lang('Powódź: woda zalała ulice, ewakuacja mieszkańców trwa przez całą noc'), 'pl');
    assert.equal(lang('I heard a loud explosion near my house just now'), 'en');
    // A short headline with only "w" and "z" for function words.
    assert.equal(lang('Cztery osoby zastrzelone w szkole w Krakowie'), 'pl');
    assert.equal(lang('going out w/ friends tonight'), 'en');
  });
  test('falls back to the platform tag, then und', () => {
    assert.equal(detectLanguage('Tsunami!!', 'fr'), 'fr');
    assert.equal(detectLanguage('Tsunami!!'), 'und');
  });
});

describe('classification', () => {
  test('category per language', () => {
    assert.equal(cat('BREAKING: huge explosion at a chemical plant, several people injured'), 'explosion');
    assert.equal(cat('URGENT : forte explosion dans une usine, plusieurs blessés'), 'explosion');
    assert.equal(cat('Shots fired at the mall, a gunman is still inside, police everywhere'), 'attack');
    assert.equal(cat('Fusillade dans un lycée, plusieurs victimes selon la police'), 'attack');
    assert.equal(cat('Tiroteo en un centro comercial, varios heridos'), 'attack');
    assert.equal(cat('Schiesserei in einem Einkaufszentrum, mehrere Verletzte'), 'attack');
    assert.equal(cat('Strong earthquake just now, the whole building was shaking'), 'earthquake');
    assert.equal(cat('Fuerte terremoto de magnitud 6.8, edificios dañados'), 'earthquake');
    assert.equal(cat('Starkes Erdbeben, alles hat gewackelt'), 'earthquake');
    assert.equal(cat("Inondations : les rues sous l'eau, des voitures emportées"), 'flood');
    assert.equal(cat('Hochwasser: Strassen überflutet, Autos weggespült'), 'flood');
    assert.equal(cat('Train derailed near the station, carriages overturned'), 'crash');
    assert.equal(cat('Descarrila un tren de pasajeros, hay fallecidos'), 'crash');
    assert.equal(cat('Grossbrand in einem Wohnhaus, Menschen eingeschlossen'), 'fire');
    assert.equal(cat('Building collapsed, people trapped under the rubble'), 'collapse');
    assert.equal(cat('Riots tonight, police firing tear gas at protesters'), 'unrest');
    assert.equal(cat('Lovely sunset this evening, coffee with friends'), 'none');
    // Behind an elided article ("l'", "dell'", "un'") the category word is read as written alone.
    assert.equal(cat("L'explosion d'une usine a fait 3 morts"), 'explosion');
    assert.equal(cat("L'attentat contre la mairie : plusieurs blessés"), 'attack');
    assert.equal(cat("Un'esplosione in una fabbrica, diversi feriti"), 'explosion');
    assert.equal(cat("Vittime dell'esplosione al porto, molti feriti"), 'explosion');
    // Ukrainian, Persian (zero-width non-joiners split "زمین‌لرزه" into a phrase), Polish.
    assert.equal(cat('Терміново: потужний вибух на заводі, є поранені'), 'explosion');
    assert.equal(cat('Повінь: вулиці затоплені, людей евакуюють'), 'flood');
    assert.equal(cat('Стрілянина у торговому центрі, стрілець відкрив вогонь'), 'attack');
    assert.equal(cat('زمین‌لرزه شدید، ساختمان‌ها لرزید'), 'earthquake');
    assert.equal(cat('آتش‌سوزی بزرگ در یک ساختمان، آتش‌نشانی در محل است'), 'fire');
    assert.equal(cat('سیل خیابان‌ها را فرا گرفت'), 'flood');
    assert.equal(cat('Pożar hali magazynowej, strażacy na miejscu'), 'fire');
    assert.equal(cat('Trzęsienie ziemi, wszystko się trzęsło'), 'earthquake');
    assert.equal(cat('Zamieszki w centrum, policja użyła gazu łzawiącego'), 'unrest');
    // A Persian word that folds into a common Arabic one counts only in Persian: Arabic "حملة" (campaign), "سيل" (stream).
    assert.equal(cat('حملة انتخابية في المدينة'), 'none');
    assert.equal(cat('سيل من الرسائل اليوم'), 'none');
    assert.equal(cat('حمله مسلحانه در شهر'), 'attack');
    // Persian typed on an Arabic keyboard (ي ك for ی ک) reads the same terms.
    assert.equal(cat('آتش سوزي بزرگ در يك ساختمان'), 'fire');
    assert.equal(cat('تيراندازي در خيابان، چند نفر زخمي شدند'), 'attack');
    // Hebrew (prefixes written onto words: "והפיצוץ" is "פיצוץ"), Urdu, Bengali (case endings: "বন্যায়").
    assert.equal(cat('פיצוץ עז בנמל, יש פצועים'), 'explosion');
    assert.equal(cat('ראיתי את הפיצוץ והעשן מהמרפסת'), 'explosion');
    assert.equal(cat('שריפה גדולה בבניין, כבאים במקום'), 'fire');
    assert.equal(cat('פיגוע ירי בתחנה המרכזית, המחבל נוטרל'), 'attack');
    assert.equal(cat('הפגנות ועימותים עם המשטרה, גז מדמיע במרכז העיר'), 'unrest');
    assert.equal(cat('لاہور میں دھماکہ، کئی افراد زخمی'), 'explosion');
    assert.equal(cat('شہر میں سیلاب، کئی علاقے زیر آب'), 'flood');
    assert.equal(cat('مظاہرین اور پولیس میں جھڑپیں، آنسو گیس کا استعمال'), 'unrest');
    assert.equal(cat('বন্যায় বহু এলাকা প্লাবিত'), 'flood');
    assert.equal(cat('ভবন ধসে অনেকে আটকা পড়েছে'), 'collapse');
    assert.equal(cat('কারখানায় অগ্নিকাণ্ড, ফায়ার সার্ভিস ঘটনাস্থলে'), 'fire');
    // An Urdu word that folds into a common Arabic one counts only in Urdu: Arabic "حملة" (campaign), "طوفان" (deluge).
    assert.equal(cat('حملة انتخابية في المدينة'), 'none');
    assert.equal(cat('کراچی میں حملہ، کئی افراد زخمی'), 'attack');
  });
  test('a strike from the air (airstrike, missile, rocket, drone, shelling) is an attack, in every seed language that has the words', () => {
    for (const t of [
      'Missile strike on a residential building, 3 dead',
      'Drone attack on the port overnight',
      'Frappe aérienne sur un hôpital',
      'Ataque aéreo contra un hospital',
      'Luftangriff auf ein Krankenhaus',
      'Attacco missilistico sulla città',
      'Ataque com drones contra a cidade',
      'Raketaanval op de haven',
      'Ракетный удар по городу, есть погибшие',
      'Ракетний удар по місту, є загиблі',
      'غارة جوية على مستشفى',
      'حمله موشکی به شهر',
      'Füze saldırısı şehri vurdu',
      'Atak rakietowy na miasto',
      'Serangan udara di kota',
      'शहर पर हवाई हमला',
      'Πυραυλική επίθεση στην πόλη',
      'ミサイル攻撃で3人死亡',
      '空袭造成5人死亡',
      '미사일 공격으로 3명 사망',
    ])
      assert.equal(cat(t), 'attack', t);
    assert.equal(cat('Missile test over the sea, no damage reported'), 'none');
  });
  test('shot dead, gunned down, stabbed: an attack told by its verb, in every seed language', () => {
    for (const t of [
      'Vier Menschen an einer Schule in Köln erschossen',
      'Quatre personnes tuées par balle à Lyon',
      'Cuatro personas muertas a tiros en Zaragoza',
      'Quattro persone uccise a colpi di pistola a Perugia',
      'Três pessoas baleadas em Recife',
      'Vier mensen doodgeschoten in Utrecht',
      'Cztery osoby zastrzelone w Krakowie',
      'Четыре человека застрелены в Казани',
      'Чотирьох людей застрелено в Харкові',
      "İzmir'de bir adam üç kişiyi bıçakladı",
      'Άνδρας μαχαίρωσε τρεις ανθρώπους στη Θεσσαλονίκη',
      'مقتل أربعة أشخاص بالرصاص في حلب',
      'سه نفر به ضرب گلوله کشته شدند',
      'लखनऊ में गोली मारकर चार लोगों की हत्या',
      '仙台で男が3人を刺した',
      '南京发生枪杀案，3人死亡',
      '서울에서 남성이 3명을 찔러',
      'Tiga orang ditembak mati di Medan',
    ])
      assert.equal(cat(t), 'attack', t);
  });
  test('the cause wins over the consequence: a collapse brought by a storm, quake, explosion or fire is that event', () => {
    assert.equal(cat('The tornado tore the roof off the gym in Tulsa, people under the rubble'), 'storm');
    assert.equal(cat('Earthquake! The old church in Norcia collapsed, rubble everywhere'), 'earthquake');
    assert.equal(cat('Gas explosion made a block of flats collapse in Lodz'), 'explosion');
    assert.equal(cat('Der Sturm hat in Kassel ein Dach abgedeckt, Trümmer auf der Straße'), 'storm');
    // Nothing named that brought it down: the collapse itself.
    assert.equal(cat('A block of flats collapsed in Lodz, people under the rubble'), 'collapse');
  });
  test('a storm told by its hail or fallen trees, a flood told by its water', () => {
    for (const t of [
      'Hailstones the size of eggs fell on Oxford',
      'Granizada en Murcia, coches con los cristales rotos',
      'Hagelschauer über Kassel',
    ])
      assert.equal(cat(t), 'storm', t);
    for (const t of [
      'The whole village near Carlisle is under water',
      'Le quartier est sous les eaux à Nîmes',
      'Die Altstadt von Passau steht unter Wasser',
      'The creek burst its banks in Ashford',
    ])
      assert.equal(cat(t), 'flood', t);
  });
  test('a structure that fell, gave way or caved in is a collapse and a report; falling said of prices, a person or a team is none', () => {
    for (const t of [
      'The old footbridge in Hereford gave way and fell into the river',
      'Il ponte sul fiume a Pisa è caduto, auto in acqua',
      'Das Dach der Turnhalle in Kassel ist eingebrochen',
      'Le plafond de la salle des fêtes est tombé à Rouen',
      'Крыша спортзала в Омске упала',
    ]) {
      const s = scorePost(post(t));
      assert.equal(cat(t), 'collapse', t);
      // Not damped as "a collapse named once", not held at the transfer cap: the fallen structure is the damage.
      assert.ok(s.gated, `${t}: sig ${s.sig}`);
    }
    for (const t of [
      'Prices fell again in Derby this week',
      'He fell for the prank again',
      'La Juventus è crollata nel secondo tempo',
      'سقطت سقطت سقطت',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
    // Trace words alone name no category: scored as a post without a crisis term (no model run, no category).
    const traces = scorePost(post('Prices fell again in Derby, and the wind is cold'));
    assert.deepEqual([traces.cat, traces.sig, traces.terms.length], [-1, 0, 0]);
  });
  test('a building that shook, or things shaken off the desks, is a quake told first-hand; shaking with anger is none', () => {
    for (const t of [
      'The whole office building in Derby was shaking, everything fell off the desks',
      'In Kassel wackelte das ganze Gebäude, Gläser fielen aus dem Schrank',
      'Todo el edificio temblaba en Cádiz, la gente salió corriendo',
    ]) {
      assert.equal(cat(t), 'earthquake', t);
      assert.ok(scorePost(post(t)).gated, t);
    }
    for (const t of ['I am still shaking with anger after that match', 'The news shook the whole party in Derby'])
      assert.equal(scorePost(post(t)).gated, false, t);
    // A bang that shook the building is the blast's doing.
    assert.equal(cat("Un gros boum à Rouen, tout l'immeuble a tremblé"), 'explosion');
  });
  test('"earthquake right now" is first-hand; a drill now is none', () => {
    assert.ok(scorePost(post('Terremoto adesso a Cosenza!')).gated);
    for (const t of [
      'Earthquake drill now in all Derby schools',
      'Simulacro de terremoto ahora en los colegios de Cádiz',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
  });
  test('a burning verb beside a building, smoke or firefighters is a fire and a report; a heart that burns is none', () => {
    for (const t of [
      'Die alte Lagerhalle am Hafen von Kiel ist in Brand geraten',
      'Горит склад на окраине Томска, чёрный дым над городом',
      'Загорелся склад на окраине Томска',
      'La fábrica de Vigo se ha incendiado',
      'Il capannone di Ancona ha preso fuoco, i vigili del fuoco sul posto',
    ]) {
      assert.equal(cat(t), 'fire', t);
      assert.ok(scorePost(post(t)).gated, t);
    }
    for (const t of [
      'Canım çok yanıyor bugün',
      'Mi corazón arde por ti',
      // A fire station's or a fire brigade's name is no fire.
      'Open day at the fire station in Derby on Sunday',
      'Hari terbuka di markas pemadam kebakaran Bogor',
      'Giornata a porte aperte dai vigili del fuoco di Ancona',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
  });
  test('a vehicle that fell is a crash; falling asleep on a bus is none', () => {
    assert.equal(cat('Small plane fell into a field near Ripon'), 'crash');
    assert.equal(cat('Helicóptero cayó al mar frente a Cádiz'), 'crash');
    assert.equal(scorePost(post('I fell asleep on the bus again')).gated, false);
  });
  test('a storm told by what its wind did; the wind alone, said again, or beside a blackout is none', () => {
    for (const t of [
      'The wind ripped the roofs off two barns near Ripon',
      'Der Wind hat in Kassel Bäume entwurzelt',
      'El viento arrancó el tejado del polideportivo en Lorca',
    ]) {
      assert.equal(cat(t), 'storm', t);
      assert.ok(scorePost(post(t)).gated, t);
    }
    for (const t of [
      'The wind is so cold in Ripon today',
      'Ripon today: wind, wind and more wind',
      'Wind und Blackout: die Energiewende in der Kritik',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
  });
  test('an attack told by what was done to people (opened fire on them, stabbed them) is a report; a stab in the back is not', () => {
    for (const t of [
      'Un hombre abrió fuego contra los clientes de un bar en Cádiz',
      'Ein Mann hat in Kassel mehrere Menschen niedergestochen',
    ]) {
      assert.equal(cat(t), 'attack', t);
      assert.ok(scorePost(post(t)).gated, t);
    }
    assert.equal(scorePost(post('Me apuñaló por la espalda, nunca más')).gated, false);
  });
  test('water up to the knees is a flood that has come; a skirt to the knee is not', () => {
    assert.equal(cat('En Lorca el agua nos llega hasta las rodillas en la calle'), 'flood');
    assert.ok(scorePost(post('En Lorca el agua nos llega hasta las rodillas en la calle')).gated);
    assert.equal(cat('Юбка по колено, как всегда'), 'none');
  });
  test("a word that is one class's term and starts another's stem is both (a damage cue and a flood word); a stem does not swallow other words", () => {
    // "überflutet": a damage cue of its own, and "überflut*" a flood stem.
    assert.equal(cat('Geschäfte in Passau überflutet'), 'flood');
    // "kaza" (accident) is no stem of "kazan-" (win, earn).
    assert.equal(cat('Derbiyi kazandık, herkes sokakta'), 'none');
    assert.equal(cat('Otoyolda kaza: iki kişi yaralandı'), 'crash');
  });
  test('economic, emotional and forecast uses of the category words are no report', () => {
    for (const t of [
      'A storm of criticism after the vote in Leeds',
      'Ein Sturm der Kritik nach der Wahl in Kassel',
      'Burza krytyki po meczu w Gdyni',
      'After this meeting in Leeds my poor head is about to explode',
      'The collapse of the euro would wipe out savers in Nice',
      'Bitcoin crash: investors in Seoul lose billions',
      'My inbox is flooded after the weekend',
      'Fire danger very high across the hills this week',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
  });
  test('a quake told by what shook (the ground, the building, things off the shelves) is a quake report', () => {
    for (const t of [
      'The ground shook so hard in Sheffield, we all ran out into the street',
      'Bei uns in Kassel hat alles gewackelt, die Gläser sind aus dem Regal gefallen',
      'Le sol a tremblé à Nancy, tout le monde est sorti dans la rue',
      'В Омске всё качало, посуда упала с полок',
    ]) {
      const s = scorePost(post(t));
      assert.ok(s.gated && CATS[s.cat] === 'earthquake', `${t}: ${s.gated} ${CATS[s.cat]}`);
    }
    // Shaking that is no building's or ground's: no quake.
    assert.equal(scorePost(post('My hands were shaking before the exam in Sheffield')).gated, false);
  });
  test('a fire told by its flames and black smoke, an explosion by what blew up and the windows: reports', () => {
    for (const [t, c] of [
      ['La fábrica de Burgos está en llamas, humo negro sobre el barrio', 'fire'],
      ['Склад в Омске в огне, чёрный дым над районом', 'fire'],
      ['Coś wyleciało w powietrze w Opolu, szyby popękały', 'explosion'],
      ['Huge bang in Hull just now, it shattered our windows', 'explosion'],
    ] as const) {
      const s = scorePost(post(t));
      assert.ok(s.gated && CATS[s.cat] === c, `${t}: ${s.gated} ${CATS[s.cat]}`);
    }
  });
  test('a protest called or planned is no unrest yet; looting, tear gas and rioters setting fires are', () => {
    for (const t of [
      'Protest planned in Derby on Friday against the cuts',
      'A march is planned in Derby for next week',
    ])
      assert.equal(scorePost(post(t)).gated, false, t);
    for (const t of [
      'Rioters set a bus on fire in Derby tonight',
      'Des émeutiers ont mis le feu à des poubelles à Nancy',
    ])
      assert.equal(cat(t), 'unrest', t);
    assert.equal(cat('Police fire tear gas in Derby, shops looted'), 'unrest');
  });
  test('rents and prices that explode are economy, not an explosion', () => {
    for (const t of ['Rents in Derby have exploded this year', 'Die Mieten in Kassel sind explodiert'])
      assert.equal(scorePost(post(t)).gated, false, t);
  });
  test('a bombing is an attack even when "explosion" is said', () => {
    assert.equal(cat('Bomb explosion at the marathon finish line, many injured'), 'attack');
  });
  test('real reports are significant and gated; figurative uses are not', () => {
    const real = [
      'BREAKING: Huge explosion at a chemical plant, many injured, hospitals notified',
      'URGENT : fusillade dans un centre commercial, plusieurs blessés selon la police',
      'ÚLTIMA HORA: un tren de cercanías descarrila cerca de Lugo, al menos diez muertos',
      'EILMELDUNG: Schwere Explosion in einer Fabrik, mehrere Verletzte',
    ];
    for (const t of real) assert.ok(scorePost(post(t)).gated, `gated: ${t}`);
    const figurative = [
      'this exam was a total disaster lol',
      'I totally bombed my test today, send snacks',
      'she is killing it on stage tonight',
      'new fire mixtape dropping friday',
      'my phone blew up with notifications during the match',
      'היה לי התקף לב כשראיתי את החשבון חחחח',
      'השיר החדש פשוט פצצה, מת מצחוק',
      'یہ نیا گانا تو دھماکہ ہے',
      'امتحان سے پہلے دل کا دورہ پڑنے والا تھا',
      'ম্যাচে ঝড়ের মতো ব্যাটিং, দর্শকরা মুগ্ধ',
      'নতুন গানটা পুরো আগুন',
    ];
    for (const t of figurative) assert.ok(!scorePost(post(t)).gated, `not gated: ${t}`);
  });
  test('place extraction resolves cities with their context', () => {
    const g = gazetteer();
    const place = (t: string) => {
      const p = scorePost(post(t)).place;
      return p ? describePlace(g, p.best) : null;
    };
    assert.equal(place('Explosion reported in Lyon, several people injured')?.country, 'FR');
    assert.equal(place('BREAKING: shooting at a school in Aurora, Ohio, many injured')?.name, 'Aurora, OH, US');
    assert.equal(place('Massive explosion in Marfa, TX at a gas plant, many injured')?.name, 'Marfa, TX, US');
    assert.equal(
      place('Shooting reported in Aurora, several injured')?.name,
      'Aurora, CO, US',
      'without context, the largest Aurora',
    );
    // Polish names in their case forms (locative, genitive), read in a post identified as Polish.
    assert.equal(place('PILNE: pożar kamienicy we Wrocławiu, są ranni')?.name, 'Wrocław, Lower Silesia, PL');
    assert.equal(place('Wybuch gazu w Warszawie, strażacy na miejscu')?.name, 'Warsaw, Mazovia, PL');
    assert.equal(
      place('PILNE: powódź w Katowicach, dwie osoby nie żyją, trwa ewakuacja')?.name,
      'Katowice, Silesia, PL',
    );
    assert.equal(place('Wybuch gazu w Gdańsku, strażacy i pogotowie na miejscu')?.name, 'Gdańsk, Pomerania, PL');
  });
  test('a first-hand report of an earthquake is evidence in any seed language; a joke about one is not', () => {
    const felt = [
      "Mamma mia che #terremoto, stanotte l'ho sentito pure io?",
      '#Terremoto! Sentito forte qui in alto, tremava tutto',
      '#Terremoto! Al quinto piano si è sentito forte',
      'Did you feel that earthquake? The whole house was shaking',
      'Sentí el temblor, todo se movía',
      'Ми всі відчули землетрус у Чернівцях',
      'همین الان زلزله رو حس کردم، همه چیز لرزید',
      'Poczułam trzęsienie ziemi, wszystko się trzęsło',
      'הרגשתי עכשיו רעידת אדמה חזקה, הכל רעד',
      'ابھی زلزلے کے شدید جھٹکے محسوس کیے، سب کچھ ہل گیا',
      'এইমাত্র ভূমিকম্প টের পেলাম, সব কেঁপে উঠল',
    ];
    for (const t of felt) assert.ok(scorePost(post(t)).gated, `gated: ${t}`);
    assert.ok(!scorePost(post('lol did you feel that earthquake in my stomach haha')).gated);
  });
  test('a question to others whether they felt or heard it too is first-hand, not a question that comments', () => {
    for (const t of [
      'QUAKE!! anyone else feel that??',
      'Terremoto!! ¿alguien más lo ha notado?',
      'Deprem mi oldu?? hisseden var mı',
      'Beben?? hat das sonst noch jemand gemerkt',
      'Strzały koło rynku?? ktoś jeszcze słyszał',
      'Взрыв?? кто ещё слышал',
    ]) {
      const s = scorePost(post(t));
      assert.ok(s.eyewitness && !s.asks, `first-hand: ${t}`);
    }
    // What one reads about or watches is no first-hand sense: a crash of an app, an earthquake film.
    for (const t of ['Did the app crash for anyone else??', 'anyone else watching the earthquake movie tonight??'])
      assert.ok(!scorePost(post(t)).eyewitness, `not first-hand: ${t}`);
  });
  test('"was that an earthquake?", "what was that bang?" are asked by someone who felt or heard it', () => {
    for (const t of [
      'was that an earthquake?? the windows are rattling',
      '¿Eso fue un terremoto? se movió la lámpara',
      'Что это был за взрыв??',
    ])
      assert.ok(scorePost(post(t)).eyewitness, `first-hand: ${t}`);
    assert.ok(!scorePost(post('was that a crash of the app or my wifi?')).eyewitness);
  });
  test('the whole house or flat shaking is a quake told first-hand; shaking at a concert is none', () => {
    for (const t of [
      'the whole flat is shaking right now wtf',
      'Toda la casa está temblando ahora',
      'Весь дом трясёт уже секунд десять',
    ]) {
      const s = scorePost(post(t));
      assert.equal(CATS[s.cat], 'earthquake', t);
      assert.ok(s.gated, `gated: ${t} (${s.sig.toFixed(2)})`);
    }
    assert.ok(!scorePost(post('I was shaking the whole time at the concert')).gated);
  });
  test('everyday words that are towns elsewhere name no place without a cue ("no chão" is no Chaohu, "사방으로" no Sabang)', () => {
    const g = gazetteer();
    for (const t of ['Tiroteio lá fora, todo mundo no chão', '총소리, 사람들이 사방으로 뛰어가']) {
      const s = scorePost(post(t));
      assert.ok(s.gated, `gated: ${t}`);
      const p = s.place;
      assert.ok(!p || p.best < 0, `no place: ${t} (${p && p.best >= 0 ? describePlace(g, p.best).name : ''})`);
    }
  });
  test('an interjection that is a town elsewhere ("Gente,", "Aman,", "O Boże") is no content word that ties posts', () => {
    for (const [t, w] of [
      ['Gente, tiroteio lá fora, todo mundo no chão', 'gente'],
      ['Aman, silah sesleri!! uzak durun', 'aman'],
      ['O Boże, strzelanina na rynku!!', 'boze'],
    ] as const) {
      const s = scorePost(post(t));
      assert.ok(s.gated && !s.content.includes(hashStr(w)), `${t}: ${w} is no content`);
    }
  });
  test('windows that shook or rattled are felt first-hand: a blast so told is a report', () => {
    for (const t of [
      'Explosão fortíssima no bairro, os vidros tremeram',
      'Mocny wybuch na osiedlu, szyby zadrżały',
      'Güçlü bir patlama, camlar titredi',
    ]) {
      const s = scorePost(post(t));
      assert.equal(CATS[s.cat], 'explosion', t);
      assert.ok(s.eyewitness && s.gated, `gated first-hand: ${t} (${s.sig.toFixed(2)})`);
    }
  });
  test('car alarms set off, a bed that moved, hiding: what someone in it tells; "everything is shaking" is a quake felt', () => {
    for (const t of [
      'Wybuch na osiedlu, wszędzie wyją alarmy samochodowe',
      'Scossa di terremoto, il letto si muoveva',
      'Tiroteo en el centro, estamos escondidos en un bar',
    ])
      assert.ok(scorePost(post(t)).eyewitness && scorePost(post(t)).gated, `gated first-hand: ${t}`);
    for (const t of ['Alles wackelt hier seit zehn Sekunden', 'Her şey sallanıyor, çok korktum']) {
      const s = scorePost(post(t));
      assert.equal(CATS[s.cat], 'earthquake', t);
      assert.ok(s.eyewitness && s.gated, `gated first-hand: ${t} (${s.sig.toFixed(2)})`);
    }
  });
  test('taking cover and people fleeing are told by someone in it; gunfire said as people say it is an attack', () => {
    for (const t of [
      'Tiros en la plaza, todos al suelo',
      'Стреляют возле метро, не выходите',
      'Spari in piazza, restate dentro',
    ]) {
      const s = scorePost(post(t));
      assert.equal(CATS[s.cat], 'attack', t);
      assert.ok(s.eyewitness && s.gated, `gated first-hand: ${t} (${s.sig.toFixed(2)})`);
    }
    assert.ok(!scorePost(post('Tres tiros a puerta en todo el partido, qué desastre')).gated);
  });
  test('happening now is first-hand: "right now", "ahora mismo", "à l’instant" are eyewitness cues', () => {
    for (const t of [
      'Earthquake in Lima right now',
      'terremoto fuerte en Quito ahora mismo',
      'Whoa, earthquake just now in Lima',
      'Terremoto a Perugia proprio ora',
      'Tremblement de terre à l’instant à Nice',
    ])
      assert.ok(scorePost(post(t)).eyewitness && scorePost(post(t)).gated, `first-hand: ${t}`);
    assert.ok(!scorePost(post('I need a coffee right now, this traffic is killing me')).gated);
  });
  test("a collapse named once with nothing else said is no report (a team's, a currency's); with rubble or victims it is", () => {
    for (const t of [
      'Palazzo crollato nel centro di Torino, si scava tra le macerie',
      'Building collapse in Dhaka, many feared trapped',
    ])
      assert.ok(scorePost(post(t)).gated, `gated: ${t}`);
    for (const t of ['il crollo della Juve a Torino stasera, che disastro', 'the collapse of the Euro is coming'])
      assert.ok(!scorePost(post(t)).gated, `not gated: ${t}`);
  });
  test('a question without an eyewitness cue asks rather than tells (any script); links and eyewitness questions do not', () => {
    for (const t of [
      'Attacco a Londra: 5 morti. Per fermare questi attentati, cosa fare?',
      'दिल्ली में बाज़ार पर हमला हुआ, पुलिस कहां थी?',
      '¿Otra explosión en Madrid',
      'انفجار في بغداد؟',
      '東京で地震？',
    ])
      assert.ok(scorePost(post(t)).asks, `asks: ${t}`);
    for (const t of [
      'Explosion at the port of Rotterdam, at least 3 dead https://example.com/a?b=1',
      'Did you feel that earthquake? The whole house was shaking',
      'BREAKING: blast reported at a grain silo outside Tulsa, Oklahoma',
    ])
      assert.ok(!scorePost(post(t)).asks, `tells: ${t}`);
  });
  /** Per seed language: talk about attackers or their ideology (no event named, no report cue), and a report naming them beside an event word. */
  const AGENT_CASES: Record<string, { talk: string; report: string }> = {
    en: {
      talk: 'How many terrorists did you send to Syria and you forgot',
      report: 'Terrorist attack at the central station',
    },
    fr: { talk: 'Combien de terroristes avez-vous envoyés en Syrie', report: 'Attentat terroriste à la gare centrale' },
    es: { talk: 'Los terroristas no tienen religión ni patria', report: 'Atentado terrorista en la estación central' },
    it: {
      talk: 'Migranti e terroristi islamici, quanto è facile entrare in Italia',
      report: 'Attentato terroristico alla stazione centrale',
    },
    pt: { talk: 'Os terroristas não têm religião nem pátria', report: 'Atentado terrorista na estação central' },
    nl: {
      talk: 'Terroristen hebben geen religie en geen vaderland',
      report: 'Terroristische aanslag op het centraal station',
    },
    de: {
      talk: 'Terroristen haben keine Religion und kein Vaterland',
      report: 'Terroranschlag am Hauptbahnhof, Terroristen auf der Flucht',
    },
    ar: { talk: 'كم ارهابي خرج من هذه المدينة الى سوريا يا ترى', report: 'هجوم إرهابي على المحطة المركزية' },
    hi: { talk: 'जो लोग हर किसी को आतंकवादी कहते हैं उनकी बात मत सुनो', report: 'स्टेशन पर आतंकी हमला' },
    uk: {
      talk: 'У терористів немає ні релігії, ні батьківщини',
      report: 'Теракт на центральному вокзалі, терористи втекли',
    },
    fa: { talk: 'تروریست‌ها هیچ دین و وطنی ندارند', report: 'حمله تروریستی در ایستگاه مرکزی' },
    pl: { talk: 'Terroryści nie mają religii ani ojczyzny', report: 'Zamach terrorystyczny na dworcu centralnym' },
    he: { talk: 'לטרור אין דת ואין מולדת', report: 'פיגוע טרור בתחנה המרכזית, מחבל פתח באש' },
    ur: { talk: 'دہشت گردوں کا کوئی مذہب نہیں ہوتا', report: 'مرکزی اسٹیشن پر دہشت گرد حملہ، فائرنگ سے کئی زخمی' },
    bn: { talk: 'সন্ত্রাসীদের কোনো ধর্ম নেই', report: 'কেন্দ্রীয় স্টেশনে সন্ত্রাসী হামলা, গুলিবর্ষণে বহু আহত' },
    ru: {
      talk: 'У террористов нет ни религии, ни родины',
      report: 'Теракт на центральном вокзале, террористы скрылись',
    },
    tr: { talk: 'Teröristlerin dini ve vatanı yoktur', report: 'Teröristler istasyona bombalı saldırı düzenledi' },
    id: { talk: 'Teroris tidak punya agama dan tanah air', report: 'Penembakan oleh teroris di stasiun pusat' },
    el: {
      talk: 'Οι τρομοκράτες δεν έχουν θρησκεία ούτε πατρίδα',
      report: 'Πυροβολισμοί από τρομοκράτες στον κεντρικό σταθμό',
    },
    ko: { talk: '테러리스트들은 종교도 조국도 없다', report: '중앙역에서 테러리스트 총격 사건' },
  };
  test('talk about attackers or their ideology is topic, not a report, in every seed language; beside an event word it is a report', () => {
    for (const [lang, { talk, report }] of Object.entries(AGENT_CASES)) {
      const t = scorePost(post(talk));
      assert.equal(CATS[t.cat], 'attack', `${lang} talk still reads attack: ${talk}`);
      assert.ok(t.topic, `${lang} topic: ${talk}`);
      const r = scorePost(post(report));
      assert.equal(CATS[r.cat], 'attack', `${lang} report reads attack: ${report}`);
      assert.ok(!r.topic, `${lang} report: ${report}`);
    }
  });
  test('an agent named with a report cue (the dead, breaking news) or another category is no topic talk', () => {
    for (const t of [
      'Terrorists: 3 dead at the central station',
      'BREAKING: terrorists seen near the central station',
      'Trois morts à la gare, les terroristes en fuite',
      'Explosion at the central station, terrorists suspected',
      'Террористический акт на центральном вокзале',
    ])
      assert.ok(!scorePost(post(t)).topic, `not topic: ${t}`);
  });
  test('a storm said to strike has arrived (a first-report cue); one forecast to strike has not', () => {
    for (const t of [
      'Typhoon Haiyan made landfall over the central Philippines tonight, gusts near 300 km/h',
      "This year's fiercest typhoon slams the central Philippines",
    ])
      assert.ok(scorePost(post(t)).strong, `arrived: ${t}`);
    for (const t of [
      'Super typhoon aims at the Philippines, landfall expected tonight',
      'Hurricane approaching the coast, could hit Florida tomorrow',
    ])
      assert.ok(!scorePost(post(t)).strong, `forecast: ${t}`);
  });
  test("a word after a storm word that ends one of the post's lexicon phrases is the phrase's, not a storm's name", () => {
    const names = (t: string): string[] => scorePost(post(t)).place?.names ?? [];
    assert.deepEqual(
      names('CATEGORY 5 HURRICANE ZELDA NEARS. Hazards: Storm Surge 18 feet in Nassau, Bahamas, 2 dead'),
      [],
    );
    assert.deepEqual(names('Hurricane Zelda hits Nassau, Bahamas. Storm Surge 18 feet, 2 dead'), ['zelda']);
    assert.deepEqual(names('Hurricane Zelda hits Nassau, Bahamas: 2 dead'), ['zelda']);
  });
  test('a word the training text writes mostly in lower case, or a term of the lexicon, is no storm name', () => {
    const names = (t: string): string[] => scorePost(post(t)).place?.names ?? [];
    // Learned at training (model.commonWords): "warning", "worst" are mostly lower case; "Zelda" is nobody's common word.
    assert.deepEqual(names('Hurricane Warning for Nassau, Bahamas: Hurricane Zelda made landfall, 2 dead'), ['zelda']);
    assert.deepEqual(names('Hurricane Worst hits Nassau, Bahamas, 2 dead'), []);
    // A term of any language's lexicon is none either, whatever the training text says of it ("Warnung", "Dégâts").
    assert.deepEqual(names('Orkan Warnung für Hamburg: Orkan Zelda hat 2 Tote gefordert'), ['zelda']);
    assert.deepEqual(names('Ouragan Dégâts à Nassau, Bahamas : 2 morts'), []);
    assert.deepEqual(names('Hurricane Zelda hits Nassau, Bahamas, 2 dead'), ['zelda']);
  });
  test('small routine quakes are not significant', () => {
    assert.ok(!scorePost(post('Earthquake M 2.1, 10km N of Somewhere, felt lightly #earthquake')).gated);
  });
});

describe('unrest vs attack', () => {
  test('street unrest after a police shooting is unrest; a gunman is an attack', () => {
    assert.equal(cat('Police shooting sparks riots in the city, tear gas fired at protesters'), 'unrest');
    assert.equal(cat('Riots after police shooting: shops looted, cars burning'), 'unrest');
    assert.equal(cat('Émeutes cette nuit, la police tire des gaz lacrymogènes sur les manifestants'), 'unrest');
    assert.equal(cat('Kerusuhan di pusat kota, polisi menembakkan gas air mata ke arah demonstran'), 'unrest');
    assert.equal(cat('Gunman opens fire at a mall, several people killed'), 'attack');
    assert.equal(cat('Стрелок открыл огонь в школе, есть погибшие'), 'attack');
  });
});

describe('figurative uses are no evidence', () => {
  for (const t of [
    'population explosion in the cities is a real problem',
    'Congrats to the shooting medalist from our country!',
    'She is killing it tonight, what a show',
    'this team is on fire right now',
    'that song is da bomb',
    'I had a panic attack during the exam lol',
    'انفجار سكاني في المدن الكبرى',
    'Взрыв смеха в зале, все хохотали',
    '人口爆発が問題になっている',
    'tuve un ataque de pánico antes del examen',
  ])
    test(t, () => assert.equal(scorePost(post(t)).gated, false));
});

describe('old news', () => {
  test('recalled in the text, in several languages: stale, never evidence', () => {
    for (const t of [
      'On this day 5 years ago the earthquake killed 200 people',
      'Remembering the 2011 tsunami victims today',
      'Il y a 10 ans, le séisme de Haïti faisait 200 000 morts',
      'Hace 5 años, el terremoto de México dejó 300 muertos',
      'قبل 6 سنوات هز انفجار ضخم المدينة وقتل المئات',
      'לפני 14 שנים השריפה הגדולה בכרמל גבתה 44 הרוגים',
      '১৫ বছর আগে ঘূর্ণিঝড়ে ব্যাপক ক্ষতি হয়েছিল',
      '۱۶ سال پہلے زلزلے میں بہت تباہی ہوئی تھی',
      // The number written as a word: "#" in a seed phrase stands for either.
      "Il y a dix ans, l'explosion de l'usine AZF à Toulouse faisait 31 morts",
      'Hace diez años, el terremoto de Lorca dejó 9 muertos',
      'Vor zehn Jahren: Explosion in Ludwigshafen, 5 Tote',
      'Há cinco anos, o incêndio em Lisboa matou 12 pessoas',
    ]) {
      const s = scorePost(post(t));
      assert.equal(s.stale, true, t);
      assert.equal(s.gated, false, t);
    }
  });
  test('a retweet of a post days older is stale; of a fresh one it is not', () => {
    const text = 'RT @news: Plane crash kills 150 in the Alps';
    const created = Date.parse('2026-03-02T12:00:00.000Z');
    const old = scorePost(post(text, { retweetOf: snowflakeId(created - 3 * 86_400_000, 1) }));
    assert.equal(old.stale, true);
    assert.equal(old.gated, false);
    const fresh = scorePost(post(text, { retweetOf: snowflakeId(created - 600_000, 1) }));
    assert.equal(fresh.stale, false);
    assert.equal(fresh.gated, true);
  });
  test('Snowflake ids give their creation time', () => {
    assert.equal(snowflakeMs('331234567890123456'), Number(331234567890123456n >> 22n) + 1288834974657);
    assert.ok(Math.abs(snowflakeMs(snowflakeId(1_700_000_000_000, 7)) - 1_700_000_000_000) <= 1);
    assert.ok(Number.isNaN(snowflakeMs('abc123')));
  });
});

describe('death toll', () => {
  const deaths = (text: string): number => scorePost(post(text)).deaths;
  test('a toll noun beside a dead cue reads the number a few words on, in several languages', () => {
    for (const t of [
      'Texas plant blast: by noon the death toll climbs to 20',
      'Quake in the hills: death toll climbs to 20 by dawn',
      'Earthquake death toll reaches 20',
      'Death toll now at least 20 after the blast',
      'la cifra de muertos asciende a 20 tras el terremoto',
      'Zahl der Toten steigt auf 20 nach dem Erdbeben',
      'il bilancio dei morti del terremoto sale a 20',
      'o número de mortos sobe para 20 após o terremoto',
      "depremde ölü sayısı 20'ye yükseldi",
      'число погибших возросло до 20 после землетрясения',
      'Het dodental na de aardbeving stijgt naar 20',
      '地震で死者は20人に',
      '地震死亡人数升至20人',
    ])
      assert.equal(deaths(t), 20, t);
  });
  test('no toll without a dead cue, from a year, a duration or a casualty count', () => {
    for (const t of [
      'toll road 20 km closed after the crash',
      'the earthquake death toll in 1998 was huge',
      '20 years after the deadly crash',
      'killed 20 years ago in the bombing',
      'death toll rises: 20 injured in the blast',
      'explosion: toll of injured rises to 20',
      '地震で死者 20年前',
    ])
      assert.equal(deaths(t), 0, t);
    assert.equal(deaths('3 killed, 20 injured in the explosion'), 3);
    assert.equal(deaths('Derailed train: 4 dead. Injured: 9 serious, 30 minor'), 4);
    assert.equal(deaths('Rail crash: four dead, 48 people injured'), 4);
    // A number after a comma or a stop opens another clause: it counts no dead before it.
    assert.equal(deaths('Derailed train: 4 have died, 48 were injured'), 4);
    assert.equal(deaths('Explosion: 2 dead, 15 more hospitalised overnight'), 2);
    assert.equal(deaths('انفجار: مقتل 3، 40 في المستشفى'), 3);
    assert.equal(deaths('Explosion killed 3 and injured 20'), 3);
  });
  test('small numbers written as words count the dead as digits do, in several scripts', () => {
    for (const t of [
      'Rail crash: four dead, 48 people injured',
      'four people killed in the shooting',
      'explosion killed four workers',
      'quatre morts dans une explosion',
      'cuatro muertos en el tiroteo',
      'vier Tote bei Explosion',
      'quattro morti nel crollo',
      'quatro mortos em explosão',
      'vier doden bij explosie',
      'четыре человека погибли при взрыве',
      'مقتل أربعة أشخاص في انفجار',
      'विस्फोट में चार लोगों की मौत',
      'empat orang tewas dalam ledakan',
      'patlamada dört kişi öldü',
      'τέσσερις νεκροί από την έκρηξη',
      'чотири людини загинули внаслідок вибуху',
      'انفجار در کارخانه؛ چهار نفر کشته شدند',
      'cztery osoby zginęły w wybuchu',
      'ארבעה הרוגים בפיצוץ במפעל',
      'دھماکے میں چار افراد ہلاک',
      'বিস্ফোরণে চারজন নিহত',
      'বিস্ফোরণে চার জন নিহত',
    ])
      assert.equal(deaths(t), 4, t);
  });
  test('numbers of more than one word count the dead whole: a tens word and its unit, a compound, Han numerals', () => {
    for (const [t, n] of [
      ['twenty-five people killed in the crash', 25],
      ['explosion: thirty two dead', 32],
      ['fünfundzwanzig Tote bei der Explosion', 25],
      ['vingt-cinq morts dans l’explosion', 25],
      ['quatre-vingt-dix morts après le séisme', 90],
      ['soixante-douze morts dans l’incendie', 72],
      ['vingt et un morts dans la collision', 21],
      ['veinticinco muertos en el tiroteo', 25],
      ['treinta y dos muertos en el incendio', 32],
      ['ventotto morti nel crollo', 28],
      ['trentadue morti nell’incendio', 32],
      ['vinte e cinco mortos na explosão', 25],
      ['tweeëndertig doden bij de explosie', 32],
      ['爆炸造成三十人死亡', 30],
      ['火灾死者二十五人', 25],
      ['地震で五十人が死亡', 50],
    ] as const)
      assert.equal(deaths(t), n, t);
    // The unit after the comma is no part of the tens word before it; injured are no dead.
    assert.equal(deaths('Shooting: 2 killed, twenty five injured'), 2);
    assert.equal(deaths('爆炸：二十人受伤'), 0);
  });
  test('Arabic-Indic, Persian and Devanagari digits count the dead as ASCII digits do', () => {
    assert.equal(scorePost(post('انفجار في المدينة: ٣ قتلى و١٢ جريحا')).deaths, 3);
    assert.equal(scorePost(post('انفجار در شهر، ۵ کشته')).deaths, 5);
    assert.equal(scorePost(post('शहर में धमाका, ५ लोगों की मौत')).deaths, 5);
    assert.equal(scorePost(post('شہر میں دھماکہ، ۵ افراد جاں بحق')).deaths, 5);
    assert.equal(scorePost(post('শহরে বিস্ফোরণ, ৫ জন নিহত')).deaths, 5);
  });
  test("a number word that is another language's common word counts only in its own language", () => {
    for (const [t, n] of [
      ['dos muertos y varios heridos tras la explosión en el mercado', 2],
      ['due morti nel crollo della palazzina, si scava ancora', 2],
      ['tiroteo en la escuela: tres muertos según la policía', 3],
      ['depremde on kişi öldü, yaralılar hastanede', 10],
      ['ledakan di pasar, dua orang tewas menurut polisi', 2],
    ] as const)
      assert.equal(deaths(t), n, t);
  });
  test('a number word is no toll without a dead cue beside it, nor before a duration, nor "one", nor in another language', () => {
    for (const t of [
      'four injured in the explosion',
      'killed four years ago in the bombing',
      'no one was killed in the blast',
      'the four of us heard the explosion, nobody hurt',
      'a polícia confirmou a morte dos manifestantes no protesto',
      'please make dua for those killed in the blast',
      'people killed due to the storm, roads closed',
      'the shooting victims were killed on the street outside the school',
    ])
      assert.equal(deaths(t), 0, t);
  });
});

describe('near-duplicate key', () => {
  const key = (text: string): number => scorePost(post(text)).dupKey;
  test('a wire copy with other hashtags in front or behind is the same text; another text is not', () => {
    const wire = 'Typhoon nears the Philippines, thousands evacuated from coastal towns: MANILA (Reuters)';
    const k = key(wire);
    assert.notEqual(k, 0, 'a gated post has a key');
    assert.equal(key(`#BREAKING #Typhoon ${wire}`), k);
    assert.equal(key(`#PrayForPH ${wire} #news`), k);
    assert.equal(
      key('Typhoon nears the #Philippines, thousands evacuated from coastal towns: MANILA (Reuters)'),
      k,
      'a hashtag inside reads as its word',
    );
    assert.notEqual(key('Typhoon hits the Philippines, thousands evacuated from coastal towns: MANILA (Reuters)'), k);
  });
  test('a post of hashtags and few words keys on its hashtags too', () => {
    assert.notEqual(key('#earthquake #Chile #tsunami strong quake'), key('#earthquake #Japan #tsunami strong quake'));
  });
});
