/**
 * The burst kit's texts (tools/eval/burst-kit.ts): short first-hand posts of a
 * sudden event (an earthquake, an explosion, an attack) as many independent
 * people write them in the first minutes, in each of the 23 parity languages.
 * Written by hand for this kit (no post of any corpus). Most name no place
 * ("bare"): exclamations, "felt it", "everything is shaking", "huge bang",
 * "shots fired", hashtags; some name the city or a district ("placed": {name}
 * is the place as the language writes it alone, {in} its "in <place>" phrase,
 * case ending or particle included). The cities are of each language's
 * country and used by no half of the parity kit (tools/data/first-reports*.ts,
 * halves A-F: test/unit/eval/burst-kit.test.ts checks it) nor by the generated
 * language streams (tools/data/sample-langs.ts).
 */
import type { ParityLang } from './first-reports';

export const BURST_CATEGORIES = ['earthquake', 'explosion', 'attack'] as const;
export type BurstCategory = (typeof BURST_CATEGORIES)[number];

export interface BurstPlace {
  /** The place alone, as the language writes it. */
  name: string;
  /** "in <place>" as the language writes it (preposition, case ending or particle). */
  in: string;
}

export interface BurstLang {
  /** The city in the gazetteer (English name, ISO country): the truth point. */
  city: string;
  country: string;
  /** The country's English name (international chatter). */
  countryEn: string;
  place: BurstPlace;
  /** A district or a town of the city's area (within 50 km of it). */
  district?: BurstPlace;
  /**
   * What people put before what they saw ("omg", "Oddio", "Allahım", separator included): independent authors word
   * one event differently, and a kit of five sentences would otherwise hand many authors the very same text.
   */
  interjections: readonly string[];
  /** Per category: posts that name no place, and posts that name {name} or {in}. */
  posts: Record<BurstCategory, { bare: readonly string[]; placed: readonly string[] }>;
}

/** International chatter in English ({city}: the city's English name, {country}: the country's). */
export const ENGLISH_CHATTER: Record<BurstCategory, readonly string[]> = {
  earthquake: [
    'Strong earthquake reported in {country}, people say it was felt in {city}',
    'Reports of an earthquake near {city}, {country}. Anyone there?',
    'Earthquake in {country} right now? My timeline is full of it',
  ],
  explosion: [
    'Reports of a huge explosion in {city}, {country}',
    'Something exploded in {city}? Videos show a big cloud of smoke',
    'Explosion in {city}, hope everyone there is ok',
  ],
  attack: [
    'Reports of a shooting in {city}, {country}',
    'Gunfire reported in {city}, people fleeing the area',
    'Stay safe {city}, reports of an attack downtown',
  ],
};

export const BURST_LANGS: Record<ParityLang, BurstLang> = {
  en: {
    city: 'Liverpool',
    country: 'GB',
    countryEn: 'the UK',
    place: { name: 'Liverpool', in: 'in Liverpool' },
    district: { name: 'Anfield', in: 'in Anfield' },
    interjections: ['omg ', 'wow, ', 'holy shit ', 'jesus, '],
    posts: {
      earthquake: {
        bare: [
          'EARTHQUAKE!! did anyone else feel that??',
          'the whole house is shaking omg',
          'felt the earthquake, bed was moving',
          'was that an earthquake?! my windows rattled',
          'everything on the shelves just shook #earthquake',
        ],
        placed: [
          'Earthquake {in} just now, felt it strongly',
          '{name} earthquake?? whole flat swayed',
          'Felt a tremor {in}, anyone else?',
        ],
      },
      explosion: {
        bare: [
          'HUGE BANG just now, what was that??',
          'massive explosion, our windows shook',
          'did anyone hear that explosion?! house shook',
          'loud blast, smoke rising over the rooftops #explosion',
          'what the hell was that bang, car alarms going off everywhere',
        ],
        placed: [
          'Huge explosion {in}, heard it miles away',
          'Massive bang {in}, smoke everywhere',
          '{name} explosion?? the whole street shook',
        ],
      },
      attack: {
        bare: [
          'shots fired, people running everywhere',
          'gunshots outside, everyone get down',
          'heard several shots, police everywhere #shooting',
          'someone is shooting at people, hiding in a shop',
          'gunfire!! stay inside',
        ],
        placed: [
          'Shooting {in}, people running',
          'Gunshots {in} right now, stay away',
          'shots fired {in}, police on the way',
        ],
      },
    },
  },
  de: {
    city: 'Stuttgart',
    country: 'DE',
    countryEn: 'Germany',
    place: { name: 'Stuttgart', in: 'in Stuttgart' },
    district: { name: 'Bad Cannstatt', in: 'in Bad Cannstatt' },
    interjections: ['Oh Gott, ', 'Krass, ', 'Alter, ', 'Wow, '],
    posts: {
      earthquake: {
        bare: [
          'ERDBEBEN!! Hat das noch jemand gespürt??',
          'Alles wackelt gerade, krass',
          'Hab das Beben gerade gespürt, das Bett hat gewackelt',
          'War das ein Erdbeben? Die Fenster haben geklirrt',
          'Die ganze Wohnung hat gebebt #erdbeben',
        ],
        placed: [
          'Erdbeben {in} gerade eben, deutlich gespürt',
          '{name}: alles hat gewackelt, Erdbeben?',
          'Beben {in} gespürt, noch jemand?',
        ],
      },
      explosion: {
        bare: [
          'Was war das für ein riesiger Knall??',
          'Gewaltige Explosion, unsere Fenster haben gezittert',
          'Habt ihr die Explosion gehört? Das Haus hat gebebt',
          'Lauter Knall, Rauch über den Dächern #explosion',
          'Riesenknall gerade, überall gehen Autoalarme los',
        ],
        placed: [
          'Riesige Explosion {in}, kilometerweit zu hören',
          'Lauter Knall {in}, überall Rauch',
          'Explosion {in}?? Die ganze Straße hat gewackelt',
        ],
      },
      attack: {
        bare: [
          'Schüsse gefallen, Leute rennen überall hin',
          'Schüsse draußen, alle runter',
          'Mehrere Schüsse gehört, überall Polizei #schüsse',
          'Jemand schießt auf Menschen, wir verstecken uns in einem Laden',
          'Schüsse!! Bleibt drinnen',
        ],
        placed: [
          'Schießerei {in}, Menschen rennen weg',
          'Schüsse {in} gerade, bleibt weg',
          'Schüsse {in}, Polizei ist unterwegs',
        ],
      },
    },
  },
  fr: {
    city: 'Montpellier',
    country: 'FR',
    countryEn: 'France',
    place: { name: 'Montpellier', in: 'à Montpellier' },
    district: { name: 'Lattes', in: 'à Lattes' },
    interjections: ['Oh mon dieu, ', 'Putain, ', 'Oh là là, ', 'Wow, '],
    posts: {
      earthquake: {
        bare: [
          'SÉISME !! Vous avez senti ça ??',
          'Tout tremble chez moi là',
          "J'ai senti le tremblement de terre, le lit bougeait",
          "C'était un tremblement de terre ? Les fenêtres ont vibré",
          'Tout a tremblé sur les étagères #seisme',
        ],
        placed: [
          'Tremblement de terre {in} à l’instant, senti très fort',
          '{name} : tout a tremblé, un séisme ?',
          'Secousse ressentie {in}, vous aussi ?',
        ],
      },
      explosion: {
        bare: [
          "Énorme détonation à l'instant, c'était quoi ??",
          'Grosse explosion, nos vitres ont tremblé',
          "Vous avez entendu l'explosion ? La maison a tremblé",
          'Forte déflagration, de la fumée au-dessus des toits #explosion',
          "C'était quoi ce boum, les alarmes de voitures partout",
        ],
        placed: [
          'Énorme explosion {in}, entendue à des kilomètres',
          'Grosse détonation {in}, de la fumée partout',
          'Explosion {in} ?? Toute la rue a tremblé',
        ],
      },
      attack: {
        bare: [
          'Des coups de feu, les gens courent partout',
          'Tirs dehors, tout le monde à terre',
          'Entendu plusieurs coups de feu, police partout #fusillade',
          "Quelqu'un tire sur les gens, on est cachés dans un magasin",
          'Coups de feu !! Restez chez vous',
        ],
        placed: [
          'Fusillade {in}, les gens fuient',
          'Coups de feu {in} en ce moment, évitez le secteur',
          'Tirs {in}, la police arrive',
        ],
      },
    },
  },
  es: {
    city: 'Murcia',
    country: 'ES',
    countryEn: 'Spain',
    place: { name: 'Murcia', in: 'en Murcia' },
    district: { name: 'Molina de Segura', in: 'en Molina de Segura' },
    interjections: ['Dios mío, ', 'Madre mía, ', 'Ostras, ', 'Joder, '],
    posts: {
      earthquake: {
        bare: [
          '¡¡TERREMOTO!! ¿Alguien más lo sintió?',
          'Está temblando toda la casa, Dios mío',
          'Sentí el sismo, la cama se movía',
          '¿Eso fue un terremoto? Vibraron las ventanas',
          'Se movió todo en las estanterías #sismo',
        ],
        placed: [
          'Terremoto {in} ahora mismo, se sintió fuerte',
          '{name}: ¿temblor? se movió todo el piso',
          'Se sintió un temblor {in}, ¿alguien más?',
        ],
      },
      explosion: {
        bare: [
          '¿Qué fue ese estruendo tan fuerte?',
          'Explosión enorme, temblaron los cristales',
          '¿Oísteis la explosión? Tembló la casa',
          'Fuerte estallido, humo sobre los tejados #explosion',
          'Qué ha sido ese estruendo, saltaron las alarmas de los coches',
        ],
        placed: [
          'Explosión enorme {in}, se oyó a kilómetros',
          'Fuerte estruendo {in}, humo por todas partes',
          '¿Explosión {in}? Tembló toda la calle',
        ],
      },
      attack: {
        bare: [
          'Disparos, la gente corre por todas partes',
          'Tiros fuera, todos al suelo',
          'He oído varios disparos, policía por todas partes #tiroteo',
          'Alguien está disparando a la gente, estamos escondidos en una tienda',
          '¡¡Disparos!! No salgáis',
        ],
        placed: [
          'Tiroteo {in}, la gente huye',
          'Disparos {in} ahora mismo, evitad la zona',
          'Tiros {in}, llega la policía',
        ],
      },
    },
  },
  it: {
    city: 'Naples',
    country: 'IT',
    countryEn: 'Italy',
    place: { name: 'Napoli', in: 'a Napoli' },
    district: { name: 'Pozzuoli', in: 'a Pozzuoli' },
    interjections: ['Oddio, ', 'Madonna, ', 'Mamma mia, ', 'Cavolo, '],
    posts: {
      earthquake: {
        bare: [
          'TERREMOTO!! Qualcun altro l’ha sentito??',
          'Sta tremando tutta la casa oddio',
          'Sentita la scossa, il letto si muoveva',
          'Era un terremoto? Hanno tremato i vetri',
          'È tremato tutto sugli scaffali #terremoto',
        ],
        placed: [
          'Scossa di terremoto {in} adesso, sentita forte',
          '{name}: ha tremato tutto, terremoto?',
          'Sentita una scossa {in}, anche voi?',
        ],
      },
      explosion: {
        bare: [
          'Che cos’era quel boato??',
          'Esplosione fortissima, hanno tremato i vetri',
          'Avete sentito l’esplosione? La casa ha tremato',
          'Forte boato, fumo sopra i tetti #esplosione',
          'Che botto, scattati tutti gli allarmi delle macchine',
        ],
        placed: [
          'Esplosione enorme {in}, sentita a chilometri',
          'Forte boato {in}, fumo dappertutto',
          'Esplosione {in}?? Ha tremato tutta la strada',
        ],
      },
      attack: {
        bare: [
          'Spari, la gente scappa ovunque',
          'Colpi di pistola fuori, tutti a terra',
          'Sentiti diversi spari, polizia ovunque #sparatoria',
          'Qualcuno sta sparando sulla gente, siamo nascosti in un negozio',
          'Spari!! Restate dentro',
        ],
        placed: [
          'Sparatoria {in}, la gente scappa',
          'Spari {in} adesso, state lontani',
          'Colpi di arma da fuoco {in}, arriva la polizia',
        ],
      },
    },
  },
  pt: {
    city: 'Belo Horizonte',
    country: 'BR',
    countryEn: 'Brazil',
    place: { name: 'Belo Horizonte', in: 'em Belo Horizonte' },
    district: { name: 'Contagem', in: 'em Contagem' },
    interjections: ['Meu Deus, ', 'Caramba, ', 'Gente, ', 'Nossa, '],
    posts: {
      earthquake: {
        bare: [
          'TERREMOTO!! Alguém mais sentiu??',
          'A casa toda está tremendo, meu Deus',
          'Senti o tremor, a cama balançou',
          'Foi um terremoto? As janelas vibraram',
          'Tudo tremeu nas prateleiras #terremoto',
        ],
        placed: [
          'Terremoto {in} agora, senti forte',
          '{name}: tremeu tudo aqui, terremoto?',
          'Tremor sentido {in}, mais alguém?',
        ],
      },
      explosion: {
        bare: [
          'Que estrondo foi esse??',
          'Explosão enorme, os vidros tremeram',
          'Vocês ouviram a explosão? A casa tremeu',
          'Estrondo forte, fumaça sobre os telhados #explosao',
          'Que barulho foi esse, alarmes de carro disparando em todo lugar',
        ],
        placed: [
          'Explosão enorme {in}, ouvida a quilômetros',
          'Estrondo forte {in}, fumaça por todo lado',
          'Explosão {in}?? A rua inteira tremeu',
        ],
      },
      attack: {
        bare: [
          'Tiros, gente correndo pra todo lado',
          'Tiroteio lá fora, todo mundo no chão',
          'Ouvi vários disparos, polícia por toda parte #tiroteio',
          'Alguém está atirando nas pessoas, estamos escondidos numa loja',
          'Tiros!! Fiquem em casa',
        ],
        placed: [
          'Tiroteio {in}, pessoas fugindo',
          'Tiros {in} agora, evitem a região',
          'Disparos {in}, a polícia está chegando',
        ],
      },
    },
  },
  nl: {
    city: 'The Hague',
    country: 'NL',
    countryEn: 'the Netherlands',
    place: { name: 'Den Haag', in: 'in Den Haag' },
    district: { name: 'Scheveningen', in: 'in Scheveningen' },
    interjections: ['Jezus, ', 'Wauw, ', 'Godver, ', 'Tjonge, '],
    posts: {
      earthquake: {
        bare: [
          'AARDBEVING!! Heeft iemand anders dat ook gevoeld??',
          'Het hele huis trilt, jeetje',
          'Ik voelde de beving, het bed bewoog',
          'Was dat een aardbeving? De ramen rammelden',
          'Alles op de planken trilde #aardbeving',
        ],
        placed: [
          'Aardbeving {in} net, flink gevoeld',
          '{name}: alles schudde, aardbeving?',
          'Beving gevoeld {in}, iemand anders ook?',
        ],
      },
      explosion: {
        bare: [
          'Wat was dat voor enorme knal??',
          'Harde explosie, onze ramen trilden',
          'Hoorden jullie die explosie? Het huis schudde',
          'Harde klap, rook boven de daken #explosie',
          'Wat een knal, overal gaan autoalarmen af',
        ],
        placed: [
          'Enorme explosie {in}, kilometers ver te horen',
          'Harde knal {in}, overal rook',
          'Explosie {in}?? De hele straat schudde',
        ],
      },
      attack: {
        bare: [
          'Schoten gelost, mensen rennen alle kanten op',
          'Schoten buiten, iedereen liggen',
          'Meerdere schoten gehoord, overal politie #schietpartij',
          'Iemand schiet op mensen, we verstoppen ons in een winkel',
          'Schoten!! Blijf binnen',
        ],
        placed: [
          'Schietpartij {in}, mensen vluchten',
          'Schoten {in} nu, blijf uit de buurt',
          'Schoten gelost {in}, politie onderweg',
        ],
      },
    },
  },
  pl: {
    city: 'Łódź',
    country: 'PL',
    countryEn: 'Poland',
    place: { name: 'Łódź', in: 'w Łodzi' },
    district: { name: 'Zgierz', in: 'w Zgierzu' },
    interjections: ['O Boże, ', 'Kurczę, ', 'Jezu, ', 'Matko, '],
    posts: {
      earthquake: {
        bare: [
          'TRZĘSIENIE ZIEMI!! Ktoś jeszcze to poczuł??',
          'Cały dom się trzęsie, o matko',
          'Poczułem wstrząs, łóżko się ruszało',
          'Czy to było trzęsienie ziemi? Szyby drżały',
          'Wszystko na półkach się trzęsło #trzęsienieziemi',
        ],
        placed: [
          'Trzęsienie ziemi {in} przed chwilą, mocno czuć',
          '{name}: wszystko się trzęsło, trzęsienie?',
          'Wstrząs odczuwalny {in}, ktoś jeszcze?',
        ],
      },
      explosion: {
        bare: [
          'Co to był za huk??',
          'Potężny wybuch, szyby zadrżały',
          'Słyszeliście wybuch? Dom się zatrząsł',
          'Głośny huk, dym nad dachami #wybuch',
          'Co za huk, wszędzie wyją alarmy samochodowe',
        ],
        placed: [
          'Potężny wybuch {in}, słychać było z kilometrów',
          'Głośny huk {in}, wszędzie dym',
          'Eksplozja {in}?? Cała ulica się zatrzęsła',
        ],
      },
      attack: {
        bare: [
          'Strzały, ludzie uciekają we wszystkie strony',
          'Strzelają na zewnątrz, wszyscy na ziemię',
          'Słyszałem kilka strzałów, wszędzie policja #strzelanina',
          'Ktoś strzela do ludzi, chowamy się w sklepie',
          'Strzały!! Zostańcie w domu',
        ],
        placed: [
          'Strzelanina {in}, ludzie uciekają',
          'Strzały {in} teraz, omijajcie okolicę',
          'Strzały {in}, policja w drodze',
        ],
      },
    },
  },
  ru: {
    city: 'Krasnoyarsk',
    country: 'RU',
    countryEn: 'Russia',
    place: { name: 'Красноярск', in: 'в Красноярске' },
    interjections: ['Боже, ', 'Офигеть, ', 'Блин, ', 'Капец, '],
    posts: {
      earthquake: {
        bare: [
          'ЗЕМЛЕТРЯСЕНИЕ!! Кто-нибудь ещё почувствовал??',
          'Весь дом трясёт, мамочки',
          'Почувствовала толчок, кровать двигалась',
          'Это было землетрясение? Стёкла дрожали',
          'Всё на полках затряслось #землетрясение',
        ],
        placed: [
          'Землетрясение {in} только что, сильно тряхнуло',
          '{name}, всё трясло, землетрясение?',
          'Толчки ощущались {in}, кто ещё?',
        ],
      },
      explosion: {
        bare: [
          'Что это был за грохот??',
          'Мощный взрыв, окна задрожали',
          'Вы слышали взрыв? Дом тряхнуло',
          'Громкий хлопок, дым над крышами #взрыв',
          'Что это бахнуло, везде сработали сигнализации машин',
        ],
        placed: [
          'Мощный взрыв {in}, слышно за километры',
          'Громкий хлопок {in}, везде дым',
          'Взрыв {in}?? Вся улица тряслась',
        ],
      },
      attack: {
        bare: [
          'Стрельба, люди бегут во все стороны',
          'Выстрелы на улице, все на пол',
          'Слышал несколько выстрелов, везде полиция #стрельба',
          'Кто-то стреляет в людей, прячемся в магазине',
          'Стреляют!! Не выходите из дома',
        ],
        placed: [
          'Стрельба {in}, люди убегают',
          'Выстрелы {in} прямо сейчас, не подходите',
          'Стреляют {in}, полиция едет',
        ],
      },
    },
  },
  uk: {
    city: 'Dnipro',
    country: 'UA',
    countryEn: 'Ukraine',
    place: { name: 'Дніпро', in: 'у Дніпрі' },
    interjections: ['Боже, ', 'Капець, ', 'Жах, ', 'Отакої, '],
    posts: {
      earthquake: {
        bare: [
          'ЗЕМЛЕТРУС!! Хтось ще відчув??',
          'Весь будинок трясе, мамо',
          'Відчула поштовх, ліжко рухалось',
          'Це був землетрус? Шибки тремтіли',
          'Все на полицях затрусилось #землетрус',
        ],
        placed: [
          'Землетрус {in} щойно, сильно трусило',
          '{name}, все трясло, землетрус?',
          'Поштовхи відчули {in}, хто ще?',
        ],
      },
      explosion: {
        bare: [
          'Що це був за гуркіт??',
          'Потужний вибух, вікна задрижали',
          'Ви чули вибух? Будинок здригнувся',
          'Гучний хлопок, дим над дахами #вибух',
          'Що це бахнуло, всюди спрацювали сигналізації',
        ],
        placed: [
          'Потужний вибух {in}, чути за кілометри',
          'Гучний вибух {in}, всюди дим',
          'Вибух {in}?? Вся вулиця здригнулась',
        ],
      },
      attack: {
        bare: [
          'Стрілянина, люди біжать в усі боки',
          'Постріли на вулиці, всі на підлогу',
          'Чув кілька пострілів, всюди поліція #стрілянина',
          'Хтось стріляє в людей, ховаємося в магазині',
          'Стріляють!! Не виходьте з дому',
        ],
        placed: [
          'Стрілянина {in}, люди тікають',
          'Постріли {in} просто зараз, не підходьте',
          'Стріляють {in}, поліція їде',
        ],
      },
    },
  },
  tr: {
    city: 'Istanbul',
    country: 'TR',
    countryEn: 'Turkey',
    place: { name: 'İstanbul', in: "İstanbul'da" },
    district: { name: 'Kadıköy', in: "Kadıköy'de" },
    interjections: ['Allahım, ', 'Yok artık, ', 'Aman, ', 'Vay, '],
    posts: {
      earthquake: {
        bare: [
          'DEPREM!! Hisseden var mı??',
          'Bütün ev sallanıyor ya Allah',
          'Depremi hissettim, yatak sallandı',
          'Deprem miydi bu? Camlar titredi',
          'Raflardaki her şey sallandı #deprem',
        ],
        placed: [
          '{in} deprem oldu az önce, çok sert hissedildi',
          '{name} sallandı, deprem mi?',
          '{in} sarsıntı hissedildi, hisseden var mı?',
        ],
      },
      explosion: {
        bare: [
          'Bu neydi böyle büyük bir gürültü??',
          'Çok büyük patlama, camlar titredi',
          'Patlamayı duydunuz mu? Ev sallandı',
          'Şiddetli patlama sesi, çatıların üstünde duman #patlama',
          'Ne patladı böyle, her yerde araba alarmları çalıyor',
        ],
        placed: [
          '{in} büyük patlama, kilometrelerce öteden duyuldu',
          '{in} patlama sesi, her yer duman',
          '{in} patlama mı oldu?? Bütün sokak sallandı',
        ],
      },
      attack: {
        bare: [
          'Silah sesleri, insanlar her yere kaçıyor',
          'Dışarıda ateş açıldı, herkes yere yatsın',
          'Birkaç el silah sesi duydum, her yerde polis #silahlısaldırı',
          'Biri insanlara ateş ediyor, bir dükkana saklandık',
          'Silah sesleri!! Dışarı çıkmayın',
        ],
        placed: [
          '{in} silahlı saldırı, insanlar kaçıyor',
          '{in} şu an silah sesleri, uzak durun',
          '{in} ateş açıldı, polis geliyor',
        ],
      },
    },
  },
  id: {
    city: 'Yogyakarta',
    country: 'ID',
    countryEn: 'Indonesia',
    place: { name: 'Yogyakarta', in: 'di Yogyakarta' },
    district: { name: 'Sleman', in: 'di Sleman' },
    interjections: ['Ya Allah, ', 'Astaga, ', 'Anjir, ', 'Waduh, '],
    posts: {
      earthquake: {
        bare: [
          'GEMPA!! Ada yang ngerasain juga??',
          'Rumah goyang semua ya Allah',
          'Barusan kerasa gempa, kasur goyang',
          'Itu gempa ya? Kaca jendela bergetar',
          'Barang di rak pada goyang #gempa',
        ],
        placed: [
          'Gempa {in} barusan, kerasa kencang',
          '{name} goyang, gempa ya?',
          'Getaran terasa {in}, ada yang lain?',
        ],
      },
      explosion: {
        bare: [
          'Suara ledakan apa itu barusan??',
          'Ledakan besar, kaca jendela bergetar',
          'Kalian dengar ledakan tadi? Rumah bergetar',
          'Dentuman keras, asap di atas atap #ledakan',
          'Apa yang meledak, alarm mobil bunyi di mana-mana',
        ],
        placed: [
          'Ledakan besar {in}, terdengar sampai jauh',
          'Dentuman keras {in}, asap di mana-mana',
          'Ledakan {in}?? Satu jalan bergetar',
        ],
      },
      attack: {
        bare: [
          'Ada tembakan, orang-orang lari ke mana-mana',
          'Suara tembakan di luar, semua tiarap',
          'Dengar beberapa kali tembakan, polisi di mana-mana #penembakan',
          'Ada yang menembaki orang, kami sembunyi di toko',
          'Tembakan!! Jangan keluar rumah',
        ],
        placed: [
          'Penembakan {in}, orang-orang berlarian',
          'Suara tembakan {in} sekarang, jauhi lokasi',
          'Ada tembakan {in}, polisi menuju lokasi',
        ],
      },
    },
  },
  tl: {
    city: 'Manila',
    country: 'PH',
    countryEn: 'the Philippines',
    place: { name: 'Maynila', in: 'sa Maynila' },
    district: { name: 'Tondo', in: 'sa Tondo' },
    interjections: ['Diyos ko, ', 'Grabe, ', 'Hala, ', 'Susmaryosep, '],
    posts: {
      earthquake: {
        bare: [
          'LINDOL!! May nakaramdam din ba??',
          'Umuuga ang buong bahay, Diyos ko',
          'Naramdaman ko ang lindol, gumalaw ang kama',
          'Lindol ba yun? Kumalampag ang mga bintana',
          'Nahulog ang mga gamit sa estante #lindol',
        ],
        placed: [
          'Lindol {in} ngayon lang, malakas',
          '{name}: umuga lahat, lindol ba?',
          'Naramdaman ang pagyanig {in}, kayo rin ba?',
        ],
      },
      explosion: {
        bare: [
          'Ano yung malakas na putok na yun??',
          'Malakas na pagsabog, nanginig ang mga bintana',
          'Narinig nyo ba ang pagsabog? Umuga ang bahay',
          'Malakas na pagsabog, may usok sa mga bubong #pagsabog',
          'Ano yung sumabog, tumunog lahat ng alarm ng kotse',
        ],
        placed: [
          'Malakas na pagsabog {in}, rinig hanggang malayo',
          'Pagsabog {in}, usok kahit saan',
          'Pagsabog {in}?? Umuga ang buong kalye',
        ],
      },
      attack: {
        bare: [
          'May putukan, nagtatakbuhan ang mga tao',
          'May pamamaril sa labas, dumapa kayo',
          'Nakarinig ako ng ilang putok ng baril, pulis kahit saan #pamamaril',
          'May namamaril ng mga tao, nagtatago kami sa tindahan',
          'Putok ng baril!! Huwag lumabas',
        ],
        placed: [
          'Pamamaril {in}, tumatakbo ang mga tao',
          'Putukan {in} ngayon, lumayo kayo',
          'May namaril {in}, papunta na ang pulis',
        ],
      },
    },
  },
  el: {
    city: 'Ioannina',
    country: 'GR',
    countryEn: 'Greece',
    place: { name: 'Ιωάννινα', in: 'στα Ιωάννινα' },
    interjections: ['Θεέ μου, ', 'Ρε παιδιά, ', 'Πω πω, ', 'Απίστευτο, '],
    posts: {
      earthquake: {
        bare: [
          'ΣΕΙΣΜΟΣ!! Τον ένιωσε κανείς άλλος??',
          'Τρέμει όλο το σπίτι, Θεέ μου',
          'Τον ένιωσα τον σεισμό, κουνήθηκε το κρεβάτι',
          'Σεισμός ήταν αυτό; Έτριξαν τα τζάμια',
          'Κουνήθηκαν όλα στα ράφια #σεισμός',
        ],
        placed: [
          'Σεισμός {in} μόλις τώρα, ταρακουνηθήκαμε',
          '{name}: κουνήθηκαν όλα, σεισμός;',
          'Αισθητή δόνηση {in}, κι εσείς;',
        ],
      },
      explosion: {
        bare: [
          'Τι ήταν αυτός ο κρότος??',
          'Πολύ δυνατή έκρηξη, έτρεμαν τα τζάμια',
          'Ακούσατε την έκρηξη; Σείστηκε το σπίτι',
          'Δυνατός κρότος, καπνός πάνω από τις στέγες #έκρηξη',
          'Τι έσκασε, χτυπάνε συναγερμοί αυτοκινήτων παντού',
        ],
        placed: [
          'Μεγάλη έκρηξη {in}, ακούστηκε χιλιόμετρα μακριά',
          'Δυνατός κρότος {in}, καπνός παντού',
          'Έκρηξη {in}?? Σείστηκε όλος ο δρόμος',
        ],
      },
      attack: {
        bare: [
          'Πυροβολισμοί, ο κόσμος τρέχει παντού',
          'Πυροβολούν έξω, όλοι κάτω',
          'Άκουσα αρκετούς πυροβολισμούς, αστυνομία παντού #πυροβολισμοί',
          'Κάποιος πυροβολεί τον κόσμο, κρυβόμαστε σε ένα μαγαζί',
          'Πυροβολισμοί!! Μείνετε μέσα',
        ],
        placed: [
          'Πυροβολισμοί {in}, ο κόσμος τρέχει',
          'Πυροβολούν {in} τώρα, μακριά από την περιοχή',
          'Πυροβολισμοί {in}, έρχεται η αστυνομία',
        ],
      },
    },
  },
  ar: {
    city: 'Cairo',
    country: 'EG',
    countryEn: 'Egypt',
    place: { name: 'القاهرة', in: 'في القاهرة' },
    district: { name: 'المعادي', in: 'في المعادي' },
    interjections: ['يا ساتر، ', 'يا الله، ', 'يا نهار، ', 'والله، '],
    posts: {
      earthquake: {
        bare: [
          'زلزال!! حد حس بيه؟؟',
          'البيت كله بيتهز يا رب',
          'حسيت بالزلزال، السرير كان بيتحرك',
          'ده كان زلزال؟ الشبابيك اتهزت',
          'كل حاجة على الرفوف اتهزت #زلزال',
        ],
        placed: ['زلزال {in} دلوقتي، حسينا بيه جامد', '{name} اتهزت، زلزال؟', 'هزة أرضية {in}، حد حس بيها؟'],
      },
      explosion: {
        bare: [
          'إيه الصوت العالي ده؟؟',
          'انفجار ضخم، الشبابيك اتهزت',
          'سمعتوا الانفجار؟ البيت اتهز',
          'دوي انفجار قوي ودخان فوق البيوت #انفجار',
          'إيه اللي انفجر، إنذارات العربيات شغالة في كل حتة',
        ],
        placed: [
          'انفجار ضخم {in} سمعناه من بعيد',
          'دوي انفجار {in} والدخان في كل مكان',
          'انفجار {in}؟؟ الشارع كله اتهز',
        ],
      },
      attack: {
        bare: [
          'ضرب نار، الناس بتجري في كل حتة',
          'إطلاق نار برة، الكل ينزل على الأرض',
          'سمعت كذا طلقة، الشرطة في كل مكان #إطلاق_نار',
          'حد بيضرب نار على الناس، استخبينا في محل',
          'ضرب نار!! محدش يخرج',
        ],
        placed: ['إطلاق نار {in} والناس بتجري', 'ضرب نار {in} دلوقتي، ابعدوا عن المكان', 'إطلاق نار {in} والشرطة جاية'],
      },
    },
  },
  fa: {
    city: 'Tehran',
    country: 'IR',
    countryEn: 'Iran',
    place: { name: 'تهران', in: 'در تهران' },
    district: { name: 'تجریش', in: 'در تجریش' },
    interjections: ['خدایا، ', 'وای، ', 'یا خدا، ', 'عجب، '],
    posts: {
      earthquake: {
        bare: [
          'زلزله!! کسی دیگه هم حس کرد؟؟',
          'کل خونه داره می‌لرزه خدایا',
          'زلزله رو حس کردم، تخت تکون می‌خورد',
          'زلزله بود؟ شیشه‌ها لرزیدن',
          'همه چی روی قفسه‌ها لرزید #زلزله',
        ],
        placed: ['زلزله {in} همین الان، خیلی شدید حس شد', '{name} لرزید، زلزله بود؟', 'لرزش {in} حس شد، شما هم؟'],
      },
      explosion: {
        bare: [
          'این صدای وحشتناک چی بود؟؟',
          'انفجار خیلی بزرگ، شیشه‌ها لرزیدن',
          'صدای انفجار رو شنیدین؟ خونه لرزید',
          'صدای انفجار شدید، دود بالای پشت‌بوم‌ها #انفجار',
          'چی منفجر شد، دزدگیر ماشین‌ها همه جا روشن شد',
        ],
        placed: [
          'انفجار بزرگ {in}، از کیلومترها دورتر شنیده شد',
          'صدای انفجار {in}، همه جا دوده',
          'انفجار {in}؟؟ کل خیابون لرزید',
        ],
      },
      attack: {
        bare: [
          'تیراندازی، مردم همه جا دارن فرار می‌کنن',
          'بیرون تیراندازی میشه، همه بخوابید رو زمین',
          'صدای چند تا شلیک شنیدم، همه جا پلیسه #تیراندازی',
          'یکی داره به مردم شلیک می‌کنه، تو یه مغازه قایم شدیم',
          'شلیک!! بیرون نیاید',
        ],
        placed: [
          'تیراندازی {in}، مردم فرار می‌کنن',
          'صدای شلیک {in} همین الان، نزدیک نشید',
          'تیراندازی {in}، پلیس داره میاد',
        ],
      },
    },
  },
  hi: {
    city: 'Delhi',
    country: 'IN',
    countryEn: 'India',
    place: { name: 'दिल्ली', in: 'दिल्ली में' },
    district: { name: 'करोल बाग', in: 'करोल बाग में' },
    interjections: ['हे भगवान, ', 'बाप रे, ', 'अरे, ', 'ओह, '],
    posts: {
      earthquake: {
        bare: [
          'भूकंप!! किसी और ने भी महसूस किया??',
          'पूरा घर हिल रहा है हे भगवान',
          'भूकंप महसूस हुआ, पलंग हिल रहा था',
          'क्या ये भूकंप था? खिड़कियां खड़खड़ाईं',
          'अलमारी का सारा सामान हिल गया #भूकंप',
        ],
        placed: ['{in} अभी भूकंप, जोर से महसूस हुआ', '{name} हिल गई, भूकंप?', '{in} झटके महसूस हुए, और किसी ने?'],
      },
      explosion: {
        bare: [
          'ये इतनी तेज आवाज किसकी थी??',
          'जोरदार धमाका, खिड़कियां हिल गईं',
          'धमाका सुना आपने? घर हिल गया',
          'तेज धमाका, छतों के ऊपर धुआं #धमाका',
          'क्या फटा, हर तरफ गाड़ियों के अलार्म बज रहे हैं',
        ],
        placed: [
          '{in} जोरदार धमाका, किलोमीटर दूर तक सुनाई दिया',
          '{in} तेज धमाका, हर तरफ धुआं',
          '{in} धमाका?? पूरी गली हिल गई',
        ],
      },
      attack: {
        bare: [
          'गोलियां चलीं, लोग इधर उधर भाग रहे हैं',
          'बाहर फायरिंग हो रही है, सब नीचे झुक जाओ',
          'कई गोलियों की आवाज सुनी, हर तरफ पुलिस #फायरिंग',
          'कोई लोगों पर गोली चला रहा है, हम एक दुकान में छिपे हैं',
          'गोलीबारी!! बाहर मत निकलना',
        ],
        placed: ['{in} गोलीबारी, लोग भाग रहे हैं', '{in} अभी फायरिंग, दूर रहें', '{in} गोलियां चलीं, पुलिस आ रही है'],
      },
    },
  },
  ja: {
    city: 'Tokyo',
    country: 'JP',
    countryEn: 'Japan',
    place: { name: '東京', in: '東京で' },
    district: { name: '渋谷', in: '渋谷で' },
    interjections: ['やばい、', 'え、', 'うわ、', 'まじ、'],
    posts: {
      earthquake: {
        bare: [
          '地震！！揺れた？？',
          '家中揺れてる、こわい',
          '今の地震感じた、ベッドが揺れた',
          '今の地震？窓がガタガタした',
          '棚の物が全部揺れた #地震',
        ],
        placed: ['{in}今地震、かなり強く揺れた', '{name}揺れた、地震？', '{in}揺れを感じた、みんな大丈夫？'],
      },
      explosion: {
        bare: [
          '今のすごい音なに？？',
          'すごい爆発、窓が震えた',
          '爆発音聞こえた？家が揺れた',
          '大きな爆発音、屋根の上に煙 #爆発',
          '何が爆発したの、車のアラームがあちこちで鳴ってる',
        ],
        placed: ['{in}大きな爆発、遠くまで聞こえた', '{in}爆発音、煙がすごい', '{in}爆発？？通り全体が揺れた'],
      },
      attack: {
        bare: [
          '発砲音、みんな逃げてる',
          '外で銃声、みんな伏せて',
          '銃声が何発も聞こえた、警察だらけ #発砲',
          '誰かが人を撃ってる、店に隠れてる',
          '銃声！！外に出ないで',
        ],
        placed: ['{in}発砲事件、人が逃げてる', '{in}今銃声、近づかないで', '{in}発砲、警察が向かってる'],
      },
    },
  },
  zh: {
    city: 'Chongqing',
    country: 'CN',
    countryEn: 'China',
    place: { name: '重庆', in: '重庆' },
    interjections: ['天哪，', '我的天，', '卧槽，', '吓死了，'],
    posts: {
      earthquake: {
        bare: [
          '地震了！！有人感觉到吗？？',
          '整栋楼都在晃，吓死了',
          '刚才感觉到地震了，床在晃',
          '刚才是地震吗？窗户都在响',
          '架子上的东西都在晃 #地震',
        ],
        placed: ['{in}刚才地震了，震感很强', '{name}在晃，地震了？', '{in}有震感，大家感觉到了吗？'],
      },
      explosion: {
        bare: [
          '刚才那声巨响是什么？？',
          '好大的爆炸，窗户都在抖',
          '你们听到爆炸声了吗？房子都震了',
          '一声巨响，屋顶上冒烟 #爆炸',
          '什么东西爆炸了，到处都是汽车警报',
        ],
        placed: ['{in}发生大爆炸，很远都听得到', '{in}巨响，到处是烟', '{in}爆炸了？？整条街都在震'],
      },
      attack: {
        bare: [
          '有枪声，人们到处跑',
          '外面有人开枪，大家趴下',
          '听到好几声枪响，到处都是警察 #枪击',
          '有人在向人群开枪，我们躲在一家店里',
          '枪声！！别出门',
        ],
        placed: ['{in}发生枪击，人们在逃', '{in}现在有枪声，别靠近', '{in}有人开枪，警察正在赶来'],
      },
    },
  },
  ko: {
    city: 'Ulsan',
    country: 'KR',
    countryEn: 'South Korea',
    place: { name: '울산', in: '울산에서' },
    interjections: ['헐 ', '대박 ', '아니 ', '와 '],
    posts: {
      earthquake: {
        bare: [
          '지진!! 다들 느꼈어??',
          '집 전체가 흔들려요 무서워',
          '방금 지진 느꼈어, 침대가 흔들렸어',
          '이거 지진이야? 창문이 덜컹거렸어',
          '선반 위 물건이 다 흔들렸어 #지진',
        ],
        placed: ['{in} 방금 지진, 강하게 느껴졌어요', '{name} 흔들림, 지진인가요?', '{in} 진동 느낀 사람?'],
      },
      explosion: {
        bare: [
          '방금 그 엄청난 소리 뭐야??',
          '엄청난 폭발, 창문이 떨렸어',
          '폭발 소리 들었어? 집이 흔들렸어',
          '큰 폭발음, 지붕 위로 연기 #폭발',
          '뭐가 터진 거야, 여기저기 차 경보음',
        ],
        placed: ['{in} 큰 폭발, 멀리서도 들렸어요', '{in} 폭발음, 연기가 가득', '{in} 폭발?? 거리 전체가 흔들렸어'],
      },
      attack: {
        bare: [
          '총소리, 사람들이 사방으로 뛰어가',
          '밖에서 총격, 다들 엎드려',
          '총소리 여러 번 들었어, 경찰이 잔뜩 #총격',
          '누가 사람들한테 총을 쏘고 있어, 가게에 숨어 있어',
          '총소리!! 밖에 나가지 마세요',
        ],
        placed: [
          '{in} 총격 사건, 사람들이 도망쳐요',
          '{in} 지금 총소리, 가까이 가지 마세요',
          '{in} 총격, 경찰 출동 중',
        ],
      },
    },
  },
  he: {
    city: 'Tel Aviv',
    country: 'IL',
    countryEn: 'Israel',
    place: { name: 'תל אביב', in: 'בתל אביב' },
    district: { name: 'יפו', in: 'ביפו' },
    interjections: ['אלוהים, ', 'וואו, ', 'מה זה, ', 'יא אללה, '],
    posts: {
      earthquake: {
        bare: [
          'רעידת אדמה!! מישהו עוד הרגיש??',
          'כל הבית רועד, אלוהים',
          'הרגשתי את הרעידה, המיטה זזה',
          'זו הייתה רעידת אדמה? החלונות רעדו',
          'הכל על המדפים רעד #רעידתאדמה',
        ],
        placed: ['רעידת אדמה {in} עכשיו, הורגשה חזק', '{name} רעדה, רעידת אדמה?', 'הורגשה רעידה {in}, עוד מישהו?'],
      },
      explosion: {
        bare: [
          'מה היה הבום הזה??',
          'פיצוץ ענק, החלונות רעדו',
          'שמעתם את הפיצוץ? הבית רעד',
          'פיצוץ חזק, עשן מעל הגגות #פיצוץ',
          'מה התפוצץ, אזעקות של רכבים בכל מקום',
        ],
        placed: ['פיצוץ ענק {in}, נשמע למרחק קילומטרים', 'בום חזק {in}, עשן בכל מקום', 'פיצוץ {in}?? כל הרחוב רעד'],
      },
      attack: {
        bare: [
          'יריות, אנשים בורחים לכל הכיוונים',
          'יורים בחוץ, כולם לשכב',
          'שמעתי כמה יריות, משטרה בכל מקום #פיגוע',
          'מישהו יורה באנשים, אנחנו מסתתרים בחנות',
          'יריות!! אל תצאו',
        ],
        placed: ['ירי {in}, אנשים בורחים', 'יריות {in} עכשיו, התרחקו', 'פיגוע ירי {in}, משטרה בדרך'],
      },
    },
  },
  ur: {
    city: 'Islamabad',
    country: 'PK',
    countryEn: 'Pakistan',
    place: { name: 'اسلام آباد', in: 'اسلام آباد میں' },
    district: { name: 'راولپنڈی', in: 'راولپنڈی میں' },
    interjections: ['یا اللہ، ', 'اف، ', 'خدایا، ', 'ہائے، '],
    posts: {
      earthquake: {
        bare: [
          'زلزلہ!! کسی اور نے بھی محسوس کیا؟؟',
          'پورا گھر ہل رہا ہے یا اللہ',
          'زلزلہ محسوس ہوا، بستر ہل رہا تھا',
          'کیا یہ زلزلہ تھا؟ کھڑکیاں کھڑکھڑائیں',
          'الماری کا سب سامان ہل گیا #زلزلہ',
        ],
        placed: ['{in} ابھی زلزلہ، شدت سے محسوس ہوا', '{name} ہل گیا، زلزلہ؟', '{in} جھٹکے محسوس ہوئے، کسی اور نے؟'],
      },
      explosion: {
        bare: [
          'یہ اتنی زور دار آواز کیا تھی؟؟',
          'زوردار دھماکہ، کھڑکیاں ہل گئیں',
          'دھماکہ سنا آپ نے؟ گھر ہل گیا',
          'شدید دھماکہ، چھتوں کے اوپر دھواں #دھماکہ',
          'کیا پھٹا، ہر طرف گاڑیوں کے الارم بج رہے ہیں',
        ],
        placed: [
          '{in} زوردار دھماکہ، دور تک سنا گیا',
          '{in} دھماکے کی آواز، ہر طرف دھواں',
          '{in} دھماکہ؟؟ پوری گلی ہل گئی',
        ],
      },
      attack: {
        bare: [
          'فائرنگ، لوگ ہر طرف بھاگ رہے ہیں',
          'باہر گولیاں چل رہی ہیں، سب نیچے لیٹ جائیں',
          'کئی گولیوں کی آواز سنی، ہر طرف پولیس #فائرنگ',
          'کوئی لوگوں پر گولیاں چلا رہا ہے، ہم ایک دکان میں چھپے ہیں',
          'فائرنگ!! باہر مت نکلیں',
        ],
        placed: [
          '{in} فائرنگ، لوگ بھاگ رہے ہیں',
          '{in} ابھی گولیاں چل رہی ہیں، دور رہیں',
          '{in} فائرنگ، پولیس آ رہی ہے',
        ],
      },
    },
  },
  bn: {
    city: 'Barishal',
    country: 'BD',
    countryEn: 'Bangladesh',
    place: { name: 'বরিশাল', in: 'বরিশালে' },
    interjections: ['হায় আল্লাহ, ', 'ওরে বাবা, ', 'উফ, ', 'আল্লাহ, '],
    posts: {
      earthquake: {
        bare: [
          'ভূমিকম্প!! আর কেউ টের পেয়েছেন??',
          'পুরো বাড়ি কাঁপছে, হায় আল্লাহ',
          'ভূমিকম্প টের পেলাম, খাট নড়ছিল',
          'এটা কি ভূমিকম্প ছিল? জানালা কাঁপল',
          'তাকের সব জিনিস কেঁপে উঠল #ভূমিকম্প',
        ],
        placed: ['{in} এইমাত্র ভূমিকম্প, জোরে টের পেলাম', '{name} কেঁপে উঠল, ভূমিকম্প?', '{in} কম্পন অনুভূত, আর কেউ?'],
      },
      explosion: {
        bare: [
          'এত জোরে শব্দটা কিসের ছিল??',
          'বিকট বিস্ফোরণ, জানালা কেঁপে উঠল',
          'বিস্ফোরণের শব্দ শুনেছেন? বাড়ি কেঁপে উঠল',
          'প্রচণ্ড বিস্ফোরণ, ছাদের উপর ধোঁয়া #বিস্ফোরণ',
          'কী ফাটল, চারদিকে গাড়ির অ্যালার্ম বাজছে',
        ],
        placed: [
          '{in} বিকট বিস্ফোরণ, অনেক দূর থেকে শোনা গেছে',
          '{in} বিস্ফোরণের শব্দ, চারদিকে ধোঁয়া',
          '{in} বিস্ফোরণ?? পুরো রাস্তা কেঁপে উঠল',
        ],
      },
      attack: {
        bare: [
          'গুলির শব্দ, মানুষ চারদিকে ছুটছে',
          'বাইরে গোলাগুলি, সবাই শুয়ে পড়ুন',
          'কয়েকটা গুলির শব্দ শুনলাম, চারদিকে পুলিশ #গোলাগুলি',
          'কেউ মানুষের উপর গুলি চালাচ্ছে, আমরা একটা দোকানে লুকিয়ে আছি',
          'গুলি!! বাইরে বের হবেন না',
        ],
        placed: ['{in} গোলাগুলি, মানুষ পালাচ্ছে', '{in} এখন গুলির শব্দ, দূরে থাকুন', '{in} গুলি চলছে, পুলিশ আসছে'],
      },
    },
  },
};
