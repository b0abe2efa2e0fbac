/**
 * Half E of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch parity4 before any lexicon fix of that branch and
 * measured once at its end. Per language, one first report per category and
 * a second one for the five categories half D read worst, in varied wording:
 * a collapse told by what gave way, caved in or came down; an attack as
 * someone opening fire on or stabbing passers-by; a storm told only by its
 * wind (roofs torn off, trees uprooted, stalls blown away); a flood by the
 * water's height (rivers rising, streets under water, people on roofs, cars
 * afloat); a crash as a bus that overturned or a train that derailed (a toll
 * in number words). One non-report per category (figurative, forecast,
 * opinion, old news). New sentences, new cities; no post of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

/** The categories with two reports in half E. */
type Doubled = 'attack' | 'storm' | 'flood' | 'crash' | 'collapse';

export interface HeldOutReportsE {
  city: string;
  country: string;
  reports: Record<Exclude<EventCategory, Doubled>, readonly [string]> & Record<Doubled, readonly [string, string]>;
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_E = {
  en: {
    city: 'Sheffield',
    country: 'GB',
    reports: {
      attack: [
        'A man opened fire on people at a tram stop in Sheffield, several wounded',
        'Someone stabbed passers-by outside the station in Sheffield, people screaming and running',
      ],
      explosion: ['An explosion ripped through a restaurant in Sheffield, glass all over the street'],
      fire: ['A block of flats in Sheffield caught fire, residents trapped on their balconies'],
      earthquake: ['Earthquake in Sheffield just now, twenty seconds of shaking, the lamps were swinging'],
      storm: [
        'The wind tore the roofs off three houses on our street in Sheffield',
        'Violent winds uprooted trees in Sheffield and blew away the market stalls',
      ],
      flood: [
        'The river rose overnight, streets in Sheffield under water and people waiting on their roofs',
        'Water up to the ground-floor windows in Sheffield, cars floating down the road',
      ],
      crash: [
        'A bus overturned on the motorway near Sheffield, passengers trapped inside',
        'A train derailed outside Sheffield this morning, thirty-two people injured',
      ],
      collapse: [
        'The roof of a multi-storey car park in Sheffield caved in, cars buried under the concrete',
        'The stand at the football ground in Sheffield came down during the match, many fans hurt',
      ],
      unrest: ['Protesters smashing shop windows and burning cars in Sheffield tonight, police charging the crowd'],
    },
    non: {
      attack: ['The comedian launched a savage attack on the mayor of Sheffield'],
      explosion: ['The stadium in Sheffield exploded with joy at the last-minute goal'],
      fire: ["Sheffield's new striker is on fire, three goals in two games"],
      earthquake: ['Ten years ago today an earthquake destroyed the old town of Sheffield'],
      storm: ['A storm is expected to reach Sheffield on Sunday night, gusts of 100 km/h forecast'],
      flood: ['The shops in Sheffield are flooded with cheap phones this year'],
      crash: ['A bank says house prices in Sheffield could crash next year'],
      collapse: ['Talks over the new stadium in Sheffield collapsed last night'],
      unrest: ['I think the new law will bring unrest to the streets of Sheffield'],
    },
  },
  de: {
    city: 'Dresden',
    country: 'DE',
    reports: {
      attack: [
        'Ein Mann hat an einer Straßenbahnhaltestelle in Dresden das Feuer auf Menschen eröffnet, mehrere Verletzte',
        'Jemand hat vor dem Bahnhof in Dresden auf Passanten eingestochen, Leute schreien und rennen',
      ],
      explosion: ['Eine Explosion hat ein Restaurant in Dresden verwüstet, überall Glas auf der Straße'],
      fire: ['Ein Wohnblock in Dresden hat Feuer gefangen, Bewohner sitzen auf ihren Balkonen fest'],
      earthquake: ['Gerade eben Erdbeben in Dresden, zwanzig Sekunden lang hat alles gewackelt, die Lampen schwingen'],
      storm: [
        'Der Wind hat in unserer Straße in Dresden die Dächer von drei Häusern gerissen',
        'Heftiger Wind hat in Dresden Bäume entwurzelt und die Marktstände weggeweht',
      ],
      flood: [
        'Die Elbe ist über Nacht gestiegen, in Dresden stehen Straßen unter Wasser und Menschen warten auf ihren Dächern',
        'In Dresden steht das Wasser bis zu den Fenstern im Erdgeschoss, Autos treiben die Straße hinunter',
      ],
      crash: [
        'Ein Bus hat sich auf der Autobahn bei Dresden überschlagen, Fahrgäste sind eingeklemmt',
        'Ein Zug ist heute Morgen vor Dresden entgleist, zweiunddreißig Menschen verletzt',
      ],
      collapse: [
        'Die Decke eines Parkhauses in Dresden ist eingebrochen, Autos unter dem Beton begraben',
        'Die Tribüne im Stadion in Dresden ist während des Spiels zusammengebrochen, viele Fans verletzt',
      ],
      unrest: [
        'Demonstranten schlagen heute Abend in Dresden Schaufenster ein und zünden Autos an, die Polizei stürmt in die Menge',
      ],
    },
    non: {
      attack: ['Der Komiker hat den Oberbürgermeister von Dresden scharf angegriffen'],
      explosion: ['Das Stadion in Dresden explodierte vor Freude über das Tor in letzter Minute'],
      fire: ['Der neue Stürmer in Dresden brennt gerade, drei Tore in zwei Spielen'],
      earthquake: ['Heute vor zehn Jahren hat ein Erdbeben die Altstadt von Dresden zerstört'],
      storm: ['Ein Sturm soll Sonntagnacht Dresden erreichen, Böen bis 100 km/h vorhergesagt'],
      flood: ['Die Läden in Dresden werden dieses Jahr mit billigen Handys überschwemmt'],
      crash: ['Laut einer Bank könnten die Immobilienpreise in Dresden nächstes Jahr abstürzen'],
      collapse: ['Die Verhandlungen über das neue Stadion in Dresden sind gestern Abend zusammengebrochen'],
      unrest: ['Ich glaube, das neue Gesetz wird in Dresden Unruhen auf die Straße bringen'],
    },
  },
  fr: {
    city: 'Nantes',
    country: 'FR',
    reports: {
      attack: [
        'Un homme a ouvert le feu sur des gens à un arrêt de tram à Nantes, plusieurs blessés',
        "Quelqu'un a poignardé des passants devant la gare de Nantes, les gens crient et courent",
      ],
      explosion: ['Une explosion a soufflé un restaurant à Nantes, du verre partout dans la rue'],
      fire: ['Un immeuble a pris feu à Nantes, des habitants bloqués sur leurs balcons'],
      earthquake: ["Séisme à Nantes à l'instant, vingt secondes de secousses, les lustres se balançaient"],
      storm: [
        'Le vent a arraché les toits de trois maisons dans notre rue à Nantes',
        'Des vents violents ont déraciné des arbres à Nantes et emporté les étals du marché',
      ],
      flood: [
        "La Loire est montée dans la nuit, à Nantes des rues sont sous l'eau et des gens attendent sur leurs toits",
        "L'eau arrive aux fenêtres du rez-de-chaussée à Nantes, des voitures flottent dans la rue",
      ],
      crash: [
        "Un car s'est renversé sur l'autoroute près de Nantes, des passagers coincés à l'intérieur",
        'Un train a déraillé ce matin à la sortie de Nantes, trente-deux blessés',
      ],
      collapse: [
        "Le toit d'un parking à étages s'est affaissé à Nantes, des voitures ensevelies sous le béton",
        'La tribune du stade de Nantes a cédé pendant le match, de nombreux supporters blessés',
      ],
      unrest: ['Des manifestants cassent des vitrines et brûlent des voitures à Nantes ce soir, la police charge'],
    },
    non: {
      attack: ["L'humoriste a lancé une attaque féroce contre le maire de Nantes"],
      explosion: ['Le stade de Nantes a explosé de joie sur le but de la dernière minute'],
      fire: ['Le nouvel attaquant de Nantes est en feu, trois buts en deux matchs'],
      earthquake: ['Il y a dix ans jour pour jour, un séisme détruisait la vieille ville de Nantes'],
      storm: ['Une tempête devrait atteindre Nantes dimanche soir, rafales à 100 km/h prévues'],
      flood: ['Les magasins de Nantes sont inondés de téléphones bon marché cette année'],
      crash: ["Une banque prédit un krach des prix immobiliers à Nantes l'an prochain"],
      collapse: ['Les négociations sur le nouveau stade de Nantes se sont effondrées hier soir'],
      unrest: ['Je pense que la nouvelle loi va provoquer des troubles dans les rues de Nantes'],
    },
  },
  es: {
    city: 'Málaga',
    country: 'ES',
    reports: {
      attack: [
        'Un hombre abrió fuego contra la gente en una parada de tranvía en Málaga, varios heridos',
        'Alguien apuñaló a transeúntes frente a la estación de Málaga, la gente grita y corre',
      ],
      explosion: ['Una explosión destrozó un restaurante en Málaga, cristales por toda la calle'],
      fire: ['Un bloque de pisos en Málaga se ha incendiado, vecinos atrapados en los balcones'],
      earthquake: ['Terremoto en Málaga ahora mismo, veinte segundos temblando, las lámparas se balanceaban'],
      storm: [
        'El viento arrancó los tejados de tres casas en nuestra calle en Málaga',
        'Vientos violentos arrancaron árboles de raíz en Málaga y se llevaron los puestos del mercado',
      ],
      flood: [
        'El río subió durante la noche, en Málaga calles bajo el agua y gente esperando en los tejados',
        'El agua llega a las ventanas de los bajos en Málaga, coches flotando calle abajo',
      ],
      crash: [
        'Un autobús volcó en la autovía cerca de Málaga, pasajeros atrapados dentro',
        'Un tren descarriló esta mañana a la salida de Málaga, treinta y dos heridos',
      ],
      collapse: [
        'Se hundió el techo de un aparcamiento de varias plantas en Málaga, coches sepultados bajo el hormigón',
        'La grada del estadio de Málaga se vino abajo durante el partido, muchos aficionados heridos',
      ],
      unrest: ['Manifestantes rompen escaparates y queman coches en Málaga esta noche, la policía carga'],
    },
    non: {
      attack: ['El humorista lanzó un ataque feroz contra el alcalde de Málaga'],
      explosion: ['El estadio de Málaga explotó de alegría con el gol del último minuto'],
      fire: ['El nuevo delantero del Málaga está que arde, tres goles en dos partidos'],
      earthquake: ['Hoy hace diez años un terremoto destruyó el casco antiguo de Málaga'],
      storm: ['Se espera que una tormenta llegue a Málaga el domingo por la noche, rachas de 100 km/h'],
      flood: ['Las tiendas de Málaga están inundadas de móviles baratos este año'],
      crash: ['Un banco prevé un crac de la vivienda en Málaga el año que viene'],
      collapse: ['Las negociaciones sobre el nuevo estadio de Málaga se derrumbaron anoche'],
      unrest: ['Creo que la nueva ley traerá disturbios a las calles de Málaga'],
    },
  },
  it: {
    city: 'Palermo',
    country: 'IT',
    reports: {
      attack: [
        'Un uomo ha aperto il fuoco sulla gente a una fermata del tram a Palermo, diversi feriti',
        'Qualcuno ha accoltellato dei passanti davanti alla stazione di Palermo, gente che urla e scappa',
      ],
      explosion: ["Un'esplosione ha devastato un ristorante a Palermo, vetri dappertutto in strada"],
      fire: ['Un palazzo a Palermo ha preso fuoco, inquilini bloccati sui balconi'],
      earthquake: ['Terremoto a Palermo proprio adesso, venti secondi di scosse, i lampadari oscillavano'],
      storm: [
        'Il vento ha strappato i tetti di tre case nella nostra via a Palermo',
        'Venti violentissimi hanno sradicato alberi a Palermo e portato via le bancarelle del mercato',
      ],
      flood: [
        "Il fiume è salito nella notte, a Palermo strade sott'acqua e gente in attesa sui tetti",
        "A Palermo l'acqua arriva alle finestre del piano terra, auto che galleggiano per strada",
      ],
      crash: [
        'Un pullman si è ribaltato in autostrada vicino a Palermo, passeggeri intrappolati',
        "Un treno è deragliato stamattina all'uscita da Palermo, trentadue feriti",
      ],
      collapse: [
        'Il solaio di un parcheggio multipiano a Palermo è sprofondato, auto sepolte sotto il cemento',
        'La tribuna dello stadio di Palermo ha ceduto durante la partita, molti tifosi feriti',
      ],
      unrest: ['Manifestanti spaccano vetrine e bruciano auto a Palermo stasera, la polizia carica'],
    },
    non: {
      attack: ['Il comico ha lanciato un attacco feroce contro il sindaco di Palermo'],
      explosion: ["Lo stadio di Palermo è esploso di gioia al gol dell'ultimo minuto"],
      fire: ['Il nuovo attaccante del Palermo è infuocato, tre gol in due partite'],
      earthquake: ['Dieci anni fa oggi un terremoto distruggeva il centro storico di Palermo'],
      storm: ['Una tempesta dovrebbe raggiungere Palermo domenica notte, raffiche fino a 100 km/h previste'],
      flood: ["I negozi di Palermo quest'anno sono inondati di telefoni economici"],
      crash: ["Una banca prevede un crash del mercato immobiliare a Palermo l'anno prossimo"],
      collapse: ['Le trattative sul nuovo stadio di Palermo sono crollate ieri sera'],
      unrest: ['Credo che la nuova legge porterà disordini nelle strade di Palermo'],
    },
  },
  pt: {
    city: 'Manaus',
    country: 'BR',
    reports: {
      attack: [
        'Um homem abriu fogo contra pessoas num ponto de ônibus em Manaus, vários feridos',
        'Um homem esfaqueou pedestres em frente à rodoviária de Manaus, gente gritando e correndo',
      ],
      explosion: ['Uma explosão destruiu um restaurante em Manaus, vidro por toda a rua'],
      fire: ['Um prédio residencial pegou fogo em Manaus, moradores presos nas varandas'],
      earthquake: ['Terremoto agora em Manaus, vinte segundos de tremor, os lustres balançavam'],
      storm: [
        'O vento arrancou o telhado de três casas na nossa rua em Manaus',
        'Ventos fortíssimos arrancaram árvores pela raiz em Manaus e levaram as barracas da feira',
      ],
      flood: [
        "O rio subiu durante a noite, em Manaus ruas debaixo d'água e gente esperando em cima dos telhados",
        'Água até as janelas do térreo em Manaus, carros boiando rua abaixo',
      ],
      crash: [
        'Um ônibus capotou na rodovia perto de Manaus, passageiros presos lá dentro',
        'Um trem descarrilou hoje de manhã na saída de Manaus, trinta e dois feridos',
      ],
      collapse: [
        'O teto de um estacionamento de vários andares cedeu em Manaus, carros soterrados sob o concreto',
        'A arquibancada do estádio em Manaus veio abaixo durante o jogo, muitos torcedores feridos',
      ],
      unrest: [
        'Manifestantes quebram vitrines e queimam carros em Manaus esta noite, a polícia avança sobre a multidão',
      ],
    },
    non: {
      attack: ['O humorista fez um ataque feroz ao prefeito de Manaus'],
      explosion: ['O estádio em Manaus explodiu de alegria com o gol no último minuto'],
      fire: ['O novo atacante do time de Manaus está pegando fogo, três gols em dois jogos'],
      earthquake: ['Há dez anos hoje um terremoto destruiu o centro histórico de Manaus'],
      storm: ['Uma tempestade deve chegar a Manaus domingo à noite, rajadas de 100 km/h previstas'],
      flood: ['As lojas de Manaus estão inundadas de celulares baratos este ano'],
      crash: ['Um banco prevê um crash dos preços dos imóveis em Manaus no ano que vem'],
      collapse: ['As negociações sobre o novo estádio de Manaus desabaram ontem à noite'],
      unrest: ['Acho que a nova lei vai trazer tumultos às ruas de Manaus'],
    },
  },
  nl: {
    city: 'Rotterdam',
    country: 'NL',
    reports: {
      attack: [
        'Een man heeft bij een tramhalte in Rotterdam het vuur geopend op mensen, meerdere gewonden',
        'Iemand heeft voor het station in Rotterdam voorbijgangers neergestoken, mensen schreeuwen en rennen',
      ],
      explosion: ['Een explosie heeft een restaurant in Rotterdam verwoest, overal glas op straat'],
      fire: ['Een flatgebouw in Rotterdam is in brand gevlogen, bewoners zitten vast op hun balkons'],
      earthquake: ['Net een aardbeving in Rotterdam, twintig seconden trillen, de lampen zwaaiden heen en weer'],
      storm: [
        'De wind heeft in onze straat in Rotterdam de daken van drie huizen gerukt',
        'Zware windstoten hebben in Rotterdam bomen ontworteld en de marktkramen weggeblazen',
      ],
      flood: [
        'De rivier is vannacht gestegen, in Rotterdam staan straten onder water en wachten mensen op hun daken',
        "Het water staat tot aan de ramen van de benedenverdieping in Rotterdam, auto's drijven door de straat",
      ],
      crash: [
        'Een bus is op de snelweg bij Rotterdam gekanteld, passagiers zitten vast',
        'Een trein is vanochtend bij Rotterdam ontspoord, tweeëndertig gewonden',
      ],
      collapse: [
        "Het dak van een parkeergarage in Rotterdam is bezweken, auto's bedolven onder het beton",
        'De tribune van het stadion in Rotterdam is tijdens de wedstrijd naar beneden gekomen, veel fans gewond',
      ],
      unrest: ["Demonstranten slaan vanavond ruiten in en steken auto's in brand in Rotterdam, de politie charget"],
    },
    non: {
      attack: ['De komiek deed een felle aanval op de burgemeester van Rotterdam'],
      explosion: ['Het stadion in Rotterdam explodeerde van vreugde bij de goal in de laatste minuut'],
      fire: ['De nieuwe spits van Rotterdam is on fire, drie goals in twee wedstrijden'],
      earthquake: ['Vandaag tien jaar geleden verwoestte een aardbeving de oude binnenstad van Rotterdam'],
      storm: ['Een storm bereikt Rotterdam naar verwachting zondagnacht, windstoten tot 100 km/u voorspeld'],
      flood: ['De winkels in Rotterdam worden dit jaar overspoeld met goedkope telefoons'],
      crash: ['Volgens een bank kunnen de huizenprijzen in Rotterdam volgend jaar crashen'],
      collapse: ['De onderhandelingen over het nieuwe stadion in Rotterdam zijn gisteravond ingestort'],
      unrest: ['Ik denk dat de nieuwe wet onrust op straat in Rotterdam gaat brengen'],
    },
  },
  pl: {
    city: 'Wrocław',
    country: 'PL',
    reports: {
      attack: [
        'Mężczyzna otworzył ogień do ludzi na przystanku tramwajowym we Wrocławiu, kilku rannych',
        'Ktoś dźgał nożem przechodniów przed dworcem we Wrocławiu, ludzie krzyczą i uciekają',
      ],
      explosion: ['Eksplozja zniszczyła restaurację we Wrocławiu, szkło na całej ulicy'],
      fire: ['Blok mieszkalny we Wrocławiu zajął się ogniem, mieszkańcy uwięzieni na balkonach'],
      earthquake: ['Przed chwilą trzęsienie ziemi we Wrocławiu, dwadzieścia sekund wstrząsów, lampy się kołysały'],
      storm: [
        'Wiatr zerwał dachy z trzech domów na naszej ulicy we Wrocławiu',
        'Gwałtowny wiatr wyrwał drzewa z korzeniami we Wrocławiu i porwał stragany z targu',
      ],
      flood: [
        'Rzeka wezbrała w nocy, we Wrocławiu ulice pod wodą, ludzie czekają na dachach',
        'Woda sięga okien parteru we Wrocławiu, samochody płyną ulicą',
      ],
      crash: [
        'Autobus przewrócił się na autostradzie pod Wrocławiem, pasażerowie uwięzieni w środku',
        'Pociąg wykoleił się dziś rano pod Wrocławiem, trzydzieści dwie osoby ranne',
      ],
      collapse: [
        'Strop parkingu wielopoziomowego we Wrocławiu się zapadł, samochody przysypane betonem',
        'Trybuna na stadionie we Wrocławiu runęła w trakcie meczu, wielu kibiców rannych',
      ],
      unrest: ['Demonstranci wybijają witryny i podpalają samochody we Wrocławiu, policja szarżuje na tłum'],
    },
    non: {
      attack: ['Komik przypuścił ostry atak na prezydenta Wrocławia'],
      explosion: ['Stadion we Wrocławiu eksplodował radością po golu w ostatniej minucie'],
      fire: ['Nowy napastnik z Wrocławia jest w ogniu, trzy gole w dwóch meczach'],
      earthquake: ['Dziesięć lat temu trzęsienie ziemi zniszczyło stare miasto we Wrocławiu'],
      storm: ['Burza ma dotrzeć do Wrocławia w niedzielę w nocy, prognozowane porywy do 100 km/h'],
      flood: ['Sklepy we Wrocławiu są w tym roku zalane tanimi telefonami'],
      crash: ['Bank przewiduje krach na rynku mieszkań we Wrocławiu w przyszłym roku'],
      collapse: ['Rozmowy o nowym stadionie we Wrocławiu załamały się wczoraj wieczorem'],
      unrest: ['Myślę, że nowa ustawa wywoła zamieszki na ulicach Wrocławia'],
    },
  },
  ru: {
    city: 'Yekaterinburg',
    country: 'RU',
    reports: {
      attack: [
        'Мужчина открыл огонь по людям на трамвайной остановке в Екатеринбурге, есть раненые',
        'Кто-то напал с ножом на прохожих у вокзала в Екатеринбурге, люди кричат и бегут',
      ],
      explosion: ['Взрыв разнёс ресторан в Екатеринбурге, вся улица в стекле'],
      fire: ['В Екатеринбурге загорелся жилой дом, жильцы заблокированы на балконах'],
      earthquake: ['Только что землетрясение в Екатеринбурге, двадцать секунд трясло, люстры раскачивались'],
      storm: [
        'Ветер сорвал крыши с трёх домов на нашей улице в Екатеринбурге',
        'Сильнейший ветер вырвал деревья с корнем в Екатеринбурге и унёс торговые палатки',
      ],
      flood: [
        'Река за ночь поднялась, в Екатеринбурге улицы под водой, люди ждут на крышах',
        'Вода по окна первого этажа в Екатеринбурге, машины плывут по улице',
      ],
      crash: [
        'Автобус перевернулся на трассе под Екатеринбургом, пассажиры зажаты внутри',
        'Поезд сошёл с рельсов утром под Екатеринбургом, тридцать два человека ранены',
      ],
      collapse: [
        'В Екатеринбурге провалилась крыша многоэтажной парковки, машины завалены бетоном',
        'Трибуна стадиона в Екатеринбурге рухнула во время матча, много болельщиков пострадали',
      ],
      unrest: ['Протестующие бьют витрины и жгут машины в Екатеринбурге, полиция атакует толпу'],
    },
    non: {
      attack: ['Комик обрушился с яростной атакой на мэра Екатеринбурга'],
      explosion: ['Стадион в Екатеринбурге взорвался от радости после гола на последней минуте'],
      fire: ['Новый нападающий из Екатеринбурга просто огонь, три гола в двух матчах'],
      earthquake: ['Десять лет назад в этот день землетрясение разрушило старый центр Екатеринбурга'],
      storm: ['Буря ожидается в Екатеринбурге в ночь на воскресенье, прогнозируют порывы до 100 км/ч'],
      flood: ['Магазины Екатеринбурга в этом году наводнены дешёвыми телефонами'],
      crash: ['Банк предсказывает крах рынка жилья в Екатеринбурге в следующем году'],
      collapse: ['Переговоры о новом стадионе в Екатеринбурге рухнули вчера вечером'],
      unrest: ['Думаю, новый закон приведёт к беспорядкам на улицах Екатеринбурга'],
    },
  },
  uk: {
    city: 'Odesa',
    country: 'UA',
    reports: {
      attack: [
        'Чоловік відкрив вогонь по людях на трамвайній зупинці в Одесі, є поранені',
        'Хтось напав з ножем на перехожих біля вокзалу в Одесі, люди кричать і тікають',
      ],
      explosion: ['Вибух зруйнував ресторан в Одесі, вся вулиця в склі'],
      fire: ['В Одесі загорівся житловий будинок, мешканці заблоковані на балконах'],
      earthquake: ['Щойно землетрус в Одесі, двадцять секунд трясло, люстри гойдалися'],
      storm: [
        'Вітер зірвав дахи з трьох будинків на нашій вулиці в Одесі',
        'Шалений вітер вирвав дерева з корінням в Одесі та поніс ринкові ятки',
      ],
      flood: [
        'Вода за ніч піднялася, в Одесі вулиці під водою, люди чекають на дахах',
        'Вода до вікон першого поверху в Одесі, машини пливуть вулицею',
      ],
      crash: [
        'Автобус перекинувся на трасі під Одесою, пасажири затиснуті всередині',
        'Потяг зійшов з рейок уранці під Одесою, тридцять двоє поранених',
      ],
      collapse: [
        'В Одесі провалився дах багатоповерхового паркінгу, машини під бетоном',
        'Трибуна стадіону в Одесі обвалилася під час матчу, багато вболівальників постраждали',
      ],
      unrest: ["Протестувальники б'ють вітрини й палять машини в Одесі, поліція атакує натовп"],
    },
    non: {
      attack: ['Комік влаштував люту атаку на мера Одеси'],
      explosion: ['Стадіон в Одесі вибухнув радістю після голу на останній хвилині'],
      fire: ['Новий нападник з Одеси просто вогонь, три голи у двох матчах'],
      earthquake: ['Десять років тому цього дня землетрус зруйнував старе місто Одеси'],
      storm: ['Шторм очікується в Одесі в ніч на неділю, прогнозують пориви до 100 км/год'],
      flood: ['Магазини Одеси цього року заполонили дешеві телефони'],
      crash: ['Банк прогнозує крах ринку житла в Одесі наступного року'],
      collapse: ['Переговори про новий стадіон в Одесі вчора ввечері провалилися'],
      unrest: ['Думаю, новий закон призведе до заворушень на вулицях Одеси'],
    },
  },
  tr: {
    city: 'Antalya',
    country: 'TR',
    reports: {
      attack: [
        "Antalya'da bir adam tramvay durağındaki insanlara ateş açtı, çok sayıda yaralı var",
        "Antalya'da otogarın önünde biri yoldan geçenleri bıçakladı, insanlar bağırarak kaçıyor",
      ],
      explosion: ["Antalya'da bir restoranda patlama oldu, sokak cam kırıklarıyla dolu"],
      fire: ["Antalya'da bir apartman alev aldı, sakinler balkonlarda mahsur kaldı"],
      earthquake: ["Antalya'da az önce deprem, yirmi saniye sallandık, avizeler sallanıyordu"],
      storm: [
        "Rüzgar Antalya'da sokağımızdaki üç evin çatısını uçurdu",
        "Antalya'da şiddetli rüzgar ağaçları kökünden söktü, pazar tezgahlarını uçurdu",
      ],
      flood: [
        "Nehir gece boyunca yükseldi, Antalya'da sokaklar sular altında, insanlar çatılarda bekliyor",
        "Antalya'da su zemin kat pencerelerine ulaştı, arabalar caddede sürükleniyor",
      ],
      crash: [
        'Antalya yakınlarında otoyolda bir otobüs devrildi, yolcular içeride sıkıştı',
        'Antalya çıkışında bu sabah bir tren raydan çıktı, otuz iki kişi yaralandı',
      ],
      collapse: [
        "Antalya'da çok katlı bir otoparkın tavanı çöktü, arabalar betonun altında kaldı",
        "Antalya'daki stadyumda tribün maç sırasında yıkıldı, çok sayıda taraftar yaralı",
      ],
      unrest: [
        "Antalya'da bu gece göstericiler vitrinleri kırıyor ve arabaları yakıyor, polis kalabalığa müdahale ediyor",
      ],
    },
    non: {
      attack: ['Komedyen Antalya belediye başkanına sert bir saldırıda bulundu'],
      explosion: ["Antalya'daki stadyum son dakika golüyle sevinçten patladı"],
      fire: ["Antalya'nın yeni forveti alev alev, iki maçta üç gol"],
      earthquake: ["On yıl önce bugün bir deprem Antalya'nın eski şehrini yıktı"],
      storm: ["Fırtınanın pazar gecesi Antalya'ya ulaşması bekleniyor, saatte 100 km rüzgar tahmin ediliyor"],
      flood: ["Antalya'daki dükkanlar bu yıl ucuz telefonlarla dolup taştı"],
      crash: ["Bir banka Antalya'da konut fiyatlarının gelecek yıl çakılacağını öngörüyor"],
      collapse: ["Antalya'daki yeni stadyum görüşmeleri dün akşam çöktü"],
      unrest: ['Bence yeni yasa Antalya sokaklarına kargaşa getirecek'],
    },
  },
  id: {
    city: 'Makassar',
    country: 'ID',
    reports: {
      attack: [
        'Seorang pria melepaskan tembakan ke arah orang-orang di halte bus di Makassar, beberapa terluka',
        'Seseorang menikam pejalan kaki di depan terminal di Makassar, orang-orang berteriak dan berlarian',
      ],
      explosion: ['Ledakan menghancurkan sebuah restoran di Makassar, pecahan kaca di seluruh jalan'],
      fire: ['Sebuah rumah susun di Makassar terbakar, warga terjebak di balkon'],
      earthquake: ['Gempa barusan di Makassar, dua puluh detik bergoyang, lampu gantung berayun-ayun'],
      storm: [
        'Angin menerbangkan atap tiga rumah di jalan kami di Makassar',
        'Angin kencang mencabut pohon sampai ke akarnya di Makassar dan menerbangkan lapak pasar',
      ],
      flood: [
        'Sungai meluap semalam, di Makassar jalan-jalan terendam dan warga menunggu di atap rumah',
        'Air setinggi jendela lantai dasar di Makassar, mobil-mobil hanyut di jalan',
      ],
      crash: [
        'Sebuah bus terguling di jalan tol dekat Makassar, penumpang terjepit di dalam',
        'Kereta anjlok pagi ini di luar Makassar, tiga puluh dua orang luka-luka',
      ],
      collapse: [
        'Atap gedung parkir bertingkat di Makassar ambles, mobil tertimbun beton',
        'Tribun stadion di Makassar ambruk saat pertandingan, banyak suporter terluka',
      ],
      unrest: ['Demonstran memecahkan kaca toko dan membakar mobil di Makassar malam ini, polisi menyerbu massa'],
    },
    non: {
      attack: ['Komedian itu melancarkan serangan pedas kepada wali kota Makassar'],
      explosion: ['Stadion di Makassar meledak dengan sorak gembira setelah gol menit terakhir'],
      fire: ['Striker baru Makassar sedang on fire, tiga gol dalam dua laga'],
      earthquake: ['Sepuluh tahun lalu hari ini gempa menghancurkan kota tua Makassar'],
      storm: ['Badai diperkirakan mencapai Makassar Minggu malam, hembusan angin hingga 100 km/jam'],
      flood: ['Toko-toko di Makassar tahun ini dibanjiri ponsel murah'],
      crash: ['Sebuah bank memperkirakan harga rumah di Makassar bisa anjlok tahun depan'],
      collapse: ['Perundingan soal stadion baru Makassar runtuh tadi malam'],
      unrest: ['Menurut saya undang-undang baru ini akan membawa kerusuhan ke jalan-jalan Makassar'],
    },
  },
  tl: {
    city: 'Baguio',
    country: 'PH',
    reports: {
      attack: [
        'Pinagbabaril ng isang lalaki ang mga tao sa isang hintayan ng jeep sa Baguio, ilan ang sugatan',
        'May sumaksak sa mga naglalakad sa harap ng terminal sa Baguio, nagsisigawan at nagtatakbuhan ang mga tao',
      ],
      explosion: ['Isang pagsabog ang sumira sa isang restawran sa Baguio, basag na salamin sa buong kalye'],
      fire: ['Nasunog ang isang gusali ng apartment sa Baguio, mga residente nakulong sa balkonahe'],
      earthquake: ['Lindol ngayon lang sa Baguio, dalawampung segundong yumanig, umuugoy ang mga ilaw'],
      storm: [
        'Tinangay ng hangin ang bubong ng tatlong bahay sa kalye namin sa Baguio',
        'Binunot ng malakas na hangin ang mga puno sa Baguio at tinangay ang mga puwesto sa palengke',
      ],
      flood: [
        'Tumaas ang ilog magdamag, lubog sa tubig ang mga kalye sa Baguio at may mga taong naghihintay sa bubong',
        'Hanggang bintana ng unang palapag ang tubig sa Baguio, lumulutang ang mga sasakyan sa kalsada',
      ],
      crash: [
        'Tumaob ang isang bus sa highway malapit sa Baguio, naipit ang mga pasahero sa loob',
        "Nadiskaril ang isang tren kaninang umaga sa labas ng Baguio, tatlumpu't dalawa ang sugatan",
      ],
      collapse: [
        'Bumigay ang bubong ng isang paradahan sa Baguio, natabunan ng semento ang mga kotse',
        'Gumuho ang bleachers ng stadium sa Baguio habang may laro, maraming manonood ang sugatan',
      ],
      unrest: [
        'Binabasag ng mga nagpoprotesta ang mga bintana ng tindahan at sinusunog ang mga kotse sa Baguio, sumusugod ang pulis',
      ],
    },
    non: {
      attack: ['Matinding atake ang ibinato ng komedyante sa alkalde ng Baguio'],
      explosion: ['Sumabog sa tuwa ang buong stadium sa Baguio sa huling minutong goal'],
      fire: ['On fire ang bagong striker ng Baguio, tatlong goal sa dalawang laro'],
      earthquake: ['Sampung taon na ang nakalipas ngayong araw nang wasakin ng lindol ang lumang bayan ng Baguio'],
      storm: ['Inaasahang aabot ang bagyo sa Baguio sa Linggo ng gabi, hangin hanggang 100 km/h'],
      flood: ['Binaha ng murang cellphone ang mga tindahan sa Baguio ngayong taon'],
      crash: ['Ayon sa isang bangko, maaaring bumagsak ang presyo ng bahay sa Baguio sa susunod na taon'],
      collapse: ['Gumuho kagabi ang usapan tungkol sa bagong stadium ng Baguio'],
      unrest: ['Sa tingin ko magdudulot ng kaguluhan sa mga kalye ng Baguio ang bagong batas'],
    },
  },
  el: {
    city: 'Larissa',
    country: 'GR',
    reports: {
      attack: [
        'Ένας άντρας άνοιξε πυρ κατά ανθρώπων σε στάση λεωφορείου στη Λάρισα, αρκετοί τραυματίες',
        'Κάποιος μαχαίρωσε περαστικούς έξω από τον σταθμό στη Λάρισα, ο κόσμος ουρλιάζει και τρέχει',
      ],
      explosion: ['Έκρηξη διέλυσε ένα εστιατόριο στη Λάρισα, γυαλιά σε όλο τον δρόμο'],
      fire: ['Πολυκατοικία στη Λάρισα έπιασε φωτιά, ένοικοι εγκλωβισμένοι στα μπαλκόνια'],
      earthquake: ['Σεισμός μόλις τώρα στη Λάρισα, είκοσι δευτερόλεπτα κούνημα, τα φωτιστικά κουνιόντουσαν'],
      storm: [
        'Ο αέρας ξήλωσε τις στέγες τριών σπιτιών στον δρόμο μας στη Λάρισα',
        'Σφοδροί άνεμοι ξερίζωσαν δέντρα στη Λάρισα και πήραν τους πάγκους της λαϊκής',
      ],
      flood: [
        'Το ποτάμι φούσκωσε μέσα στη νύχτα, στη Λάρισα δρόμοι κάτω από το νερό και κόσμος περιμένει στις στέγες',
        'Το νερό φτάνει στα παράθυρα του ισογείου στη Λάρισα, αυτοκίνητα επιπλέουν στον δρόμο',
      ],
      crash: [
        'Λεωφορείο ανατράπηκε στην εθνική οδό κοντά στη Λάρισα, επιβάτες εγκλωβισμένοι μέσα',
        'Τρένο εκτροχιάστηκε σήμερα το πρωί έξω από τη Λάρισα, τριάντα δύο τραυματίες',
      ],
      collapse: [
        'Υποχώρησε η οροφή πολυώροφου πάρκινγκ στη Λάρισα, αυτοκίνητα θαμμένα κάτω από το μπετόν',
        'Η κερκίδα του γηπέδου στη Λάρισα έπεσε κατά τη διάρκεια του αγώνα, πολλοί φίλαθλοι τραυματίες',
      ],
      unrest: ['Διαδηλωτές σπάνε βιτρίνες και καίνε αυτοκίνητα στη Λάρισα απόψε, η αστυνομία επιτίθεται στο πλήθος'],
    },
    non: {
      attack: ['Ο κωμικός εξαπέλυσε σφοδρή επίθεση στον δήμαρχο της Λάρισας'],
      explosion: ['Το γήπεδο της Λάρισας εξερράγη από χαρά με το γκολ του τελευταίου λεπτού'],
      fire: ['Ο νέος επιθετικός της Λάρισας είναι φωτιά, τρία γκολ σε δύο αγώνες'],
      earthquake: ['Πριν από δέκα χρόνια σαν σήμερα ένας σεισμός κατέστρεψε την παλιά πόλη της Λάρισας'],
      storm: ['Καταιγίδα αναμένεται να φτάσει στη Λάρισα την Κυριακή το βράδυ, ριπές έως 100 χλμ/ώρα'],
      flood: ['Τα μαγαζιά της Λάρισας έχουν πλημμυρίσει φέτος από φτηνά κινητά'],
      crash: ['Τράπεζα προβλέπει κραχ στις τιμές των κατοικιών στη Λάρισα του χρόνου'],
      collapse: ['Οι συνομιλίες για το νέο γήπεδο της Λάρισας κατέρρευσαν χθες το βράδυ'],
      unrest: ['Νομίζω ότι ο νέος νόμος θα φέρει αναταραχή στους δρόμους της Λάρισας'],
    },
  },
  ar: {
    city: 'Alexandria',
    country: 'EG',
    reports: {
      attack: [
        'رجل فتح النار على الناس في محطة ترام بالإسكندرية، عدد من الجرحى',
        'شخص طعن المارة أمام محطة القطار في الإسكندرية، الناس يصرخون ويركضون',
      ],
      explosion: ['انفجار دمر مطعماً في الإسكندرية، الزجاج في كل الشارع'],
      fire: ['اشتعلت النيران في عمارة سكنية بالإسكندرية، سكان محاصرون في الشرفات'],
      earthquake: ['زلزال الآن في الإسكندرية، عشرين ثانية من الاهتزاز، الثريات كانت تتأرجح'],
      storm: [
        'الرياح اقتلعت أسطح ثلاثة بيوت في شارعنا بالإسكندرية',
        'رياح عنيفة اقتلعت الأشجار من جذورها في الإسكندرية وطيرت بسطات السوق',
      ],
      flood: [
        'المياه ارتفعت طوال الليل، شوارع الإسكندرية تحت الماء والناس ينتظرون فوق الأسطح',
        'المياه وصلت إلى نوافذ الدور الأرضي في الإسكندرية، السيارات تطفو في الشارع',
      ],
      crash: [
        'انقلب أتوبيس على الطريق الصحراوي قرب الإسكندرية، ركاب محتجزون بالداخل',
        'قطار خرج عن القضبان صباح اليوم خارج الإسكندرية، اثنان وثلاثون مصاباً',
      ],
      collapse: [
        'سقط سقف جراج متعدد الطوابق في الإسكندرية، سيارات مدفونة تحت الخرسانة',
        'مدرج الملعب في الإسكندرية سقط أثناء المباراة، إصابة كثير من المشجعين',
      ],
      unrest: ['متظاهرون يحطمون واجهات المحلات ويحرقون السيارات في الإسكندرية الليلة، والشرطة تهاجم الحشود'],
    },
    non: {
      attack: ['الكوميديان شن هجوماً عنيفاً على محافظ الإسكندرية'],
      explosion: ['ملعب الإسكندرية انفجر فرحاً بهدف الدقيقة الأخيرة'],
      fire: ['المهاجم الجديد لفريق الإسكندرية نار، ثلاثة أهداف في مباراتين'],
      earthquake: ['قبل عشر سنوات في مثل هذا اليوم دمر زلزال المدينة القديمة في الإسكندرية'],
      storm: ['من المتوقع أن تصل العاصفة إلى الإسكندرية ليلة الأحد، رياح تصل إلى 100 كم/س'],
      flood: ['محلات الإسكندرية غرقانة بالموبايلات الرخيصة السنة دي'],
      crash: ['بنك يتوقع انهيار أسعار الشقق في الإسكندرية العام القادم'],
      collapse: ['انهارت المفاوضات حول الملعب الجديد في الإسكندرية مساء أمس'],
      unrest: ['أعتقد أن القانون الجديد سيجلب الفوضى إلى شوارع الإسكندرية'],
    },
  },
  fa: {
    city: 'Isfahan',
    country: 'IR',
    reports: {
      attack: [
        'مردی در ایستگاه اتوبوس در اصفهان به سمت مردم تیراندازی کرد، چند نفر زخمی شدند',
        'یک نفر جلوی ایستگاه راه‌آهن اصفهان به رهگذران چاقو زد، مردم جیغ می‌زنند و فرار می‌کنند',
      ],
      explosion: ['انفجار یک رستوران را در اصفهان ویران کرد، همه خیابان پر از شیشه است'],
      fire: ['یک ساختمان مسکونی در اصفهان آتش گرفت، ساکنان روی بالکن‌ها گیر افتاده‌اند'],
      earthquake: ['همین الان زلزله در اصفهان، بیست ثانیه لرزید، لوسترها تاب می‌خوردند'],
      storm: [
        'باد سقف سه خانه را در کوچه ما در اصفهان کند',
        'باد شدید در اصفهان درختان را از ریشه درآورد و بساط بازار را با خود برد',
      ],
      flood: [
        'آب رودخانه شب بالا آمد، خیابان‌های اصفهان زیر آب است و مردم روی پشت‌بام‌ها منتظرند',
        'آب تا پنجره‌های طبقه همکف در اصفهان رسیده، ماشین‌ها در خیابان شناورند',
      ],
      crash: [
        'یک اتوبوس در آزادراه نزدیک اصفهان واژگون شد، مسافران داخل آن گیر افتاده‌اند',
        'قطاری امروز صبح بیرون از اصفهان از ریل خارج شد، سی و دو نفر زخمی شدند',
      ],
      collapse: [
        'سقف یک پارکینگ طبقاتی در اصفهان پایین آمد، ماشین‌ها زیر بتن ماندند',
        'سکوی ورزشگاه در اصفهان وسط بازی فرو ریخت، تعداد زیادی از هواداران مصدوم شدند',
      ],
      unrest: ['معترضان امشب در اصفهان شیشه مغازه‌ها را می‌شکنند و ماشین‌ها را آتش می‌زنند، پلیس به جمعیت حمله می‌کند'],
    },
    non: {
      attack: ['کمدین حمله تندی به شهردار اصفهان کرد'],
      explosion: ['ورزشگاه اصفهان با گل دقیقه آخر از شادی منفجر شد'],
      fire: ['مهاجم جدید تیم اصفهان آتش به پا کرده، سه گل در دو بازی'],
      earthquake: ['ده سال پیش در چنین روزی زلزله بافت قدیم اصفهان را ویران کرد'],
      storm: ['انتظار می‌رود طوفان یکشنبه شب به اصفهان برسد، پیش‌بینی وزش باد تا ۱۰۰ کیلومتر'],
      flood: ['سیل گوشی‌های ارزان به مغازه‌های اصفهان سرازیر شده'],
      crash: ['یک بانک پیش‌بینی می‌کند قیمت مسکن در اصفهان سال آینده سقوط کند'],
      collapse: ['مذاکرات درباره ورزشگاه جدید اصفهان دیشب فرو پاشید'],
      unrest: ['به نظرم قانون جدید ناآرامی را به خیابان‌های اصفهان می‌کشاند'],
    },
  },
  hi: {
    city: 'Patna',
    country: 'IN',
    reports: {
      attack: [
        'पटना में एक आदमी ने बस स्टॉप पर लोगों पर गोलियां चला दीं, कई घायल',
        'पटना स्टेशन के बाहर किसी ने राहगीरों को चाकू मार दिया, लोग चीखते हुए भाग रहे हैं',
      ],
      explosion: ['पटना में एक रेस्टोरेंट में धमाके से सब तबाह, पूरी सड़क पर कांच'],
      fire: ['पटना में एक रिहायशी इमारत में आग लग गई, लोग बालकनी में फंसे हैं'],
      earthquake: ['अभी अभी पटना में भूकंप, बीस सेकंड तक सब हिलता रहा, पंखे झूल रहे थे'],
      storm: [
        'पटना में हमारी गली के तीन घरों की छतें हवा उड़ा ले गई',
        'पटना में तेज़ हवाओं ने पेड़ जड़ से उखाड़ दिए और बाज़ार के ठेले उड़ा दिए',
      ],
      flood: [
        'रात भर में गंगा का पानी चढ़ गया, पटना की सड़कें पानी में डूबीं, लोग छतों पर इंतज़ार कर रहे हैं',
        'पटना में पानी ग्राउंड फ्लोर की खिड़कियों तक पहुंच गया, गाड़ियां सड़क पर तैर रही हैं',
      ],
      crash: [
        'पटना के पास हाईवे पर एक बस पलट गई, यात्री अंदर फंसे',
        'आज सुबह पटना के बाहर एक ट्रेन पटरी से उतर गई, बत्तीस लोग घायल',
      ],
      collapse: [
        'पटना में एक बहुमंज़िला पार्किंग की छत धंस गई, गाड़ियां कंक्रीट के नीचे दबीं',
        'पटना में मैच के दौरान स्टेडियम की दर्शक दीर्घा ढह गई, कई प्रशंसक घायल',
      ],
      unrest: ['पटना में आज रात प्रदर्शनकारी दुकानों के शीशे तोड़ रहे हैं और गाड़ियां जला रहे हैं, पुलिस भीड़ पर टूट पड़ी'],
    },
    non: {
      attack: ['कॉमेडियन ने पटना के मेयर पर तीखा हमला बोला'],
      explosion: ['आखिरी मिनट के गोल पर पटना का स्टेडियम खुशी से फट पड़ा'],
      fire: ['पटना का नया स्ट्राइकर आग लगा रहा है, दो मैचों में तीन गोल'],
      earthquake: ['दस साल पहले आज ही के दिन भूकंप ने पटना के पुराने शहर को तबाह कर दिया था'],
      storm: ['रविवार रात पटना में तूफान पहुंचने की संभावना, 100 किमी प्रति घंटे तक हवा का अनुमान'],
      flood: ['इस साल पटना की दुकानों में सस्ते फोनों की बाढ़ आ गई है'],
      crash: ['एक बैंक का अनुमान है कि अगले साल पटना में मकानों के दाम धड़ाम से गिर सकते हैं'],
      collapse: ['पटना के नए स्टेडियम पर बातचीत कल रात टूट गई'],
      unrest: ['मुझे लगता है नया कानून पटना की सड़कों पर अशांति लाएगा'],
    },
  },
  ja: {
    city: 'Kobe',
    country: 'JP',
    reports: {
      attack: [
        '神戸のバス停で男が人々に向けて発砲、数人がけが',
        '神戸駅の前で誰かが通行人を次々に刺した、みんな叫びながら逃げてる',
      ],
      explosion: ['神戸のレストランで爆発、通り一面にガラスが散乱'],
      fire: ['神戸のマンションから火が出た、住人がベランダに取り残されている'],
      earthquake: ['いま神戸で地震、二十秒くらい揺れて照明がぶらぶらしてた'],
      storm: [
        '神戸のうちの通りで風で三軒の家の屋根が吹き飛ばされた',
        '神戸で猛烈な風が木を根こそぎ倒して、市場の屋台を吹き飛ばした',
      ],
      flood: [
        '夜のうちに川の水位が上がって、神戸の道路が水没、屋根の上で救助を待つ人も',
        '神戸で水が一階の窓まで来てる、車が道路を流されていく',
      ],
      crash: [
        '神戸の近くの高速道路でバスが横転、乗客が車内に閉じ込められている',
        '今朝、神戸郊外で列車が脱線、三十二人けが',
      ],
      collapse: [
        '神戸の立体駐車場の天井が崩れ落ちて、車がコンクリートの下敷きに',
        '神戸のスタジアムで試合中にスタンドが崩れ、多くのファンがけが',
      ],
      unrest: ['今夜神戸でデモ隊が店のショーウィンドウを割って車に火をつけてる、警察が群衆に突入'],
    },
    non: {
      attack: ['あの芸人が神戸市長に痛烈な攻撃を浴びせた'],
      explosion: ['終了間際のゴールで神戸のスタジアムが歓喜で爆発した'],
      fire: ['神戸の新しいストライカーが絶好調で燃えてる、二試合で三ゴール'],
      earthquake: ['十年前の今日、地震が神戸の旧市街を破壊した'],
      storm: ['日曜の夜に嵐が神戸に到達する見込み、最大瞬間風速は時速100キロの予報'],
      flood: ['今年の神戸の店は安いスマホであふれている'],
      crash: ['ある銀行は来年神戸の住宅価格が暴落すると予測している'],
      collapse: ['神戸の新スタジアムをめぐる協議が昨夜決裂した'],
      unrest: ['新しい法律は神戸の街に混乱をもたらすと思う'],
    },
  },
  zh: {
    city: 'Nanjing',
    country: 'CN',
    reports: {
      attack: ['南京一名男子在公交车站向人群开枪，多人受伤', '南京火车站外有人持刀捅伤路人，大家尖叫着逃跑'],
      explosion: ['南京一家餐馆发生爆炸，整条街都是碎玻璃'],
      fire: ['南京一栋居民楼起火了，居民被困在阳台上'],
      earthquake: ['南京刚刚地震，晃了二十秒，吊灯一直在摆'],
      storm: ['大风把我们南京这条街上三栋房子的屋顶掀掉了', '南京狂风把树连根拔起，市场的摊位都被吹走了'],
      flood: ['河水一夜之间上涨，南京街道被淹，有人在屋顶上等待救援', '南京的水已经漫到一楼窗户，汽车在马路上漂'],
      crash: ['南京附近高速公路上一辆大巴侧翻，乘客被困车内', '今天早上南京郊外一列火车脱轨，三十二人受伤'],
      collapse: ['南京一座立体停车场的顶板塌了，汽车被埋在混凝土下面', '南京体育场比赛中看台垮塌，多名球迷受伤'],
      unrest: ['今晚南京抗议者砸商店橱窗、烧汽车，警察冲向人群'],
    },
    non: {
      attack: ['那个喜剧演员对南京市长发起猛烈攻击'],
      explosion: ['南京体育场因为最后一分钟的进球炸开了锅'],
      fire: ['南京新来的前锋火力全开，两场比赛进了三个球'],
      earthquake: ['十年前的今天，一场地震摧毁了南京老城'],
      storm: ['预计暴风雨周日晚上到达南京，预报阵风每小时100公里'],
      flood: ['今年南京的市场被廉价手机淹没了'],
      crash: ['一家银行预测明年南京房价会崩盘'],
      collapse: ['关于南京新体育场的谈判昨晚破裂了'],
      unrest: ['我觉得新法律会给南京街头带来动荡'],
    },
  },
  ko: {
    city: 'Incheon',
    country: 'KR',
    reports: {
      attack: [
        '인천 버스정류장에서 한 남성이 사람들에게 총을 쐈다, 여러 명 부상',
        '인천역 앞에서 누군가 행인들을 흉기로 찔렀어요, 사람들이 비명 지르며 도망쳐요',
      ],
      explosion: ['인천의 한 식당에서 폭발, 거리 전체에 유리 파편'],
      fire: ['인천 아파트 한 동에 불이 붙었어요, 주민들이 베란다에 갇혀 있어요'],
      earthquake: ['방금 인천 지진, 이십 초 동안 흔들리고 전등이 왔다갔다 했어'],
      storm: [
        '바람에 인천 우리 동네 집 세 채 지붕이 날아갔어요',
        '인천에 강풍이 불어 나무가 뿌리째 뽑히고 시장 노점들이 날아갔다',
      ],
      flood: [
        '밤새 강물이 불어나 인천 도로가 물에 잠기고 사람들이 지붕 위에서 기다리고 있어요',
        '인천에 1층 창문까지 물이 찼어요, 차들이 도로에 떠다녀요',
      ],
      crash: [
        '인천 인근 고속도로에서 버스가 전복, 승객들이 안에 갇혀',
        '오늘 아침 인천 외곽에서 열차 탈선, 서른두 명 부상',
      ],
      collapse: [
        '인천의 한 주차타워 천장이 무너져 내려 차들이 콘크리트에 깔렸다',
        '인천 경기장 관중석이 경기 도중 주저앉아 팬 여러 명 부상',
      ],
      unrest: ['오늘 밤 인천에서 시위대가 상점 유리창을 부수고 차에 불을 지르고 있어, 경찰이 군중에 돌진'],
    },
    non: {
      attack: ['그 코미디언이 인천시장에게 맹렬한 공격을 퍼부었다'],
      explosion: ['마지막 1분 골에 인천 경기장이 기쁨으로 폭발했다'],
      fire: ['인천 새 공격수 완전 불붙었다, 두 경기에서 세 골'],
      earthquake: ['십 년 전 오늘 지진이 인천 구도심을 파괴했다'],
      storm: ['일요일 밤 폭풍이 인천에 도달할 전망, 최대 시속 100km 돌풍 예보'],
      flood: ['올해 인천 가게들은 싸구려 휴대폰으로 넘쳐난다'],
      crash: ['한 은행은 내년 인천 집값이 폭락할 수 있다고 전망했다'],
      collapse: ['인천 새 경기장 협상이 어젯밤 무너졌다'],
      unrest: ['새 법이 인천 거리에 혼란을 가져올 것 같다'],
    },
  },
  he: {
    city: 'Ashdod',
    country: 'IL',
    reports: {
      attack: [
        'אדם פתח באש על אנשים בתחנת אוטובוס באשדוד, כמה פצועים',
        'מישהו דקר עוברים ושבים מול תחנת הרכבת באשדוד, אנשים צורחים ובורחים',
      ],
      explosion: ['פיצוץ החריב מסעדה באשדוד, זכוכיות בכל הרחוב'],
      fire: ['בניין מגורים באשדוד עלה באש, דיירים לכודים במרפסות'],
      earthquake: ['רעידת אדמה עכשיו באשדוד, עשרים שניות של טלטלה, המנורות התנדנדו'],
      storm: [
        'הרוח תלשה את הגגות של שלושה בתים ברחוב שלנו באשדוד',
        'רוחות עזות עקרו עצים מהשורש באשדוד והעיפו את הדוכנים בשוק',
      ],
      flood: [
        'המים עלו במהלך הלילה, רחובות באשדוד מוצפים ואנשים מחכים על הגגות',
        'המים הגיעו עד חלונות קומת הקרקע באשדוד, מכוניות צפות ברחוב',
      ],
      crash: [
        'אוטובוס התהפך בכביש המהיר ליד אשדוד, נוסעים לכודים בפנים',
        'רכבת ירדה מהפסים הבוקר מחוץ לאשדוד, שלושים ושניים פצועים',
      ],
      collapse: [
        'תקרת חניון קומות באשדוד נפלה, מכוניות קבורות מתחת לבטון',
        'היציע באצטדיון באשדוד קרס במהלך המשחק, אוהדים רבים נפצעו',
      ],
      unrest: ['מפגינים מנפצים חלונות ראווה ושורפים מכוניות באשדוד הלילה, המשטרה מסתערת על ההמון'],
    },
    non: {
      attack: ['הקומיקאי פתח במתקפה חריפה על ראש עיריית אשדוד'],
      explosion: ['האצטדיון באשדוד התפוצץ משמחה בשער של הדקה האחרונה'],
      fire: ['החלוץ החדש של אשדוד בוער, שלושה שערים בשני משחקים'],
      earthquake: ['לפני עשר שנים בדיוק רעידת אדמה הרסה את העיר העתיקה של אשדוד'],
      storm: ['סערה צפויה להגיע לאשדוד ביום ראשון בלילה, משבי רוח עד 100 קמ"ש'],
      flood: ['החנויות באשדוד מוצפות השנה בטלפונים זולים'],
      crash: ['בנק צופה קריסה של מחירי הדירות באשדוד בשנה הבאה'],
      collapse: ['המשא ומתן על האצטדיון החדש באשדוד קרס אמש'],
      unrest: ['אני חושב שהחוק החדש יביא מהומות לרחובות אשדוד'],
    },
  },
  ur: {
    city: 'Peshawar',
    country: 'PK',
    reports: {
      attack: [
        'پشاور میں ایک شخص نے بس اسٹاپ پر لوگوں پر فائرنگ کر دی، کئی زخمی',
        'پشاور اسٹیشن کے باہر کسی نے راہگیروں کو چاقو مار دیے، لوگ چیختے ہوئے بھاگ رہے ہیں',
      ],
      explosion: ['پشاور میں ایک ریسٹورنٹ میں دھماکے سے سب تباہ، پوری سڑک پر شیشہ'],
      fire: ['پشاور میں ایک رہائشی عمارت میں آگ لگ گئی، لوگ بالکونیوں میں پھنسے ہیں'],
      earthquake: ['ابھی ابھی پشاور میں زلزلہ، بیس سیکنڈ تک سب ہلتا رہا، پنکھے جھول رہے تھے'],
      storm: [
        'ہوا نے پشاور میں ہماری گلی کے تین گھروں کی چھتیں اڑا دیں',
        'پشاور میں تیز ہواؤں نے درخت جڑ سے اکھاڑ دیے اور بازار کے ٹھیلے اڑا دیے',
      ],
      flood: [
        'رات بھر میں دریا کا پانی چڑھ گیا، پشاور کی سڑکیں پانی میں ڈوب گئیں، لوگ چھتوں پر انتظار کر رہے ہیں',
        'پشاور میں پانی گراؤنڈ فلور کی کھڑکیوں تک آ گیا، گاڑیاں سڑک پر تیر رہی ہیں',
      ],
      crash: [
        'پشاور کے قریب موٹروے پر ایک بس الٹ گئی، مسافر اندر پھنسے ہوئے ہیں',
        'آج صبح پشاور کے باہر ایک ٹرین پٹڑی سے اتر گئی، بتیس افراد زخمی',
      ],
      collapse: [
        'پشاور میں ایک کثیر منزلہ پارکنگ کی چھت بیٹھ گئی، گاڑیاں کنکریٹ کے نیچے دب گئیں',
        'پشاور کے اسٹیڈیم میں میچ کے دوران اسٹینڈ گر گیا، کئی شائقین زخمی',
      ],
      unrest: ['پشاور میں آج رات مظاہرین دکانوں کے شیشے توڑ رہے ہیں اور گاڑیاں جلا رہے ہیں، پولیس ہجوم پر ٹوٹ پڑی'],
    },
    non: {
      attack: ['کامیڈین نے پشاور کے میئر پر سخت حملہ کیا'],
      explosion: ['آخری منٹ کے گول پر پشاور کا اسٹیڈیم خوشی سے پھٹ پڑا'],
      fire: ['پشاور کا نیا اسٹرائیکر آگ لگا رہا ہے، دو میچوں میں تین گول'],
      earthquake: ['دس سال پہلے آج کے دن زلزلے نے پشاور کے پرانے شہر کو تباہ کر دیا تھا'],
      storm: ['اتوار کی رات طوفان پشاور پہنچنے کا امکان، 100 کلومیٹر فی گھنٹہ تک ہوا کی پیش گوئی'],
      flood: ['اس سال پشاور کی دکانوں میں سستے فونوں کا سیلاب آ گیا ہے'],
      crash: ['ایک بینک کے مطابق اگلے سال پشاور میں گھروں کی قیمتیں دھڑام سے گر سکتی ہیں'],
      collapse: ['پشاور کے نئے اسٹیڈیم پر مذاکرات کل رات ٹوٹ گئے'],
      unrest: ['میرے خیال میں نیا قانون پشاور کی سڑکوں پر بدامنی لائے گا'],
    },
  },
  bn: {
    city: 'Sylhet',
    country: 'BD',
    reports: {
      attack: [
        'সিলেটে এক ব্যক্তি বাস স্টপে মানুষের ওপর গুলি চালিয়েছে, কয়েকজন আহত',
        'সিলেট স্টেশনের সামনে কেউ পথচারীদের ছুরি মেরেছে, মানুষ চিৎকার করে দৌড়াচ্ছে',
      ],
      explosion: ['সিলেটে একটি রেস্তোরাঁয় বিস্ফোরণে সব তছনছ, পুরো রাস্তায় কাচ'],
      fire: ['সিলেটে একটি আবাসিক ভবনে আগুন ধরেছে, বাসিন্দারা বারান্দায় আটকা'],
      earthquake: ['এইমাত্র সিলেটে ভূমিকম্প, বিশ সেকেন্ড ধরে সব দুলছিল, ফ্যান দুলছিল'],
      storm: [
        'বাতাসে সিলেটে আমাদের গলির তিনটি বাড়ির ছাদ উড়ে গেছে',
        'সিলেটে প্রচণ্ড বাতাসে গাছ শিকড়সহ উপড়ে গেছে, বাজারের দোকান উড়িয়ে নিয়ে গেছে',
      ],
      flood: [
        'রাতভর নদীর পানি বেড়েছে, সিলেটের রাস্তা পানির নিচে, মানুষ ছাদে অপেক্ষা করছে',
        'সিলেটে নিচতলার জানালা পর্যন্ত পানি, রাস্তায় গাড়ি ভাসছে',
      ],
      crash: [
        'সিলেটের কাছে মহাসড়কে একটি বাস উল্টে গেছে, যাত্রীরা ভেতরে আটকা',
        'আজ সকালে সিলেটের বাইরে একটি ট্রেন লাইন থেকে ছিটকে গেছে, বত্রিশ জন আহত',
      ],
      collapse: [
        'সিলেটে একটি বহুতল পার্কিংয়ের ছাদ দেবে গেছে, গাড়িগুলো কংক্রিটের নিচে চাপা',
        'সিলেটের স্টেডিয়ামে খেলার সময় গ্যালারি ধসে পড়েছে, অনেক দর্শক আহত',
      ],
      unrest: ['আজ রাতে সিলেটে বিক্ষোভকারীরা দোকানের কাচ ভাঙছে আর গাড়ি পোড়াচ্ছে, পুলিশ ভিড়ের ওপর চড়াও'],
    },
    non: {
      attack: ['কৌতুক অভিনেতা সিলেটের মেয়রকে তীব্র আক্রমণ করলেন'],
      explosion: ['শেষ মিনিটের গোলে সিলেটের স্টেডিয়াম আনন্দে ফেটে পড়ল'],
      fire: ['সিলেটের নতুন স্ট্রাইকার আগুন ঝরাচ্ছে, দুই ম্যাচে তিন গোল'],
      earthquake: ['দশ বছর আগে আজকের দিনে ভূমিকম্পে সিলেটের পুরনো শহর ধ্বংস হয়েছিল'],
      storm: ['রবিবার রাতে সিলেটে ঝড় পৌঁছানোর সম্ভাবনা, ঘণ্টায় 100 কিমি পর্যন্ত দমকা হাওয়ার পূর্বাভাস'],
      flood: ['এ বছর সিলেটের দোকানগুলো সস্তা ফোনে ভেসে যাচ্ছে'],
      crash: ['একটি ব্যাংকের পূর্বাভাস, আগামী বছর সিলেটে বাড়ির দাম হুড়মুড়িয়ে পড়তে পারে'],
      collapse: ['সিলেটের নতুন স্টেডিয়াম নিয়ে আলোচনা গতরাতে ভেস্তে গেছে'],
      unrest: ['আমার মনে হয় নতুন আইন সিলেটের রাস্তায় অস্থিরতা আনবে'],
    },
  },
} satisfies Record<string, HeldOutReportsE>;
