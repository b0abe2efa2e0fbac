/**
 * Half C of the first-report parity kit (tools/data/first-reports.ts), held
 * out: written on branch parity2 before any lexicon fix of that branch and
 * measured once at its end. Per language and category, two first reports of
 * the kinds halves A and B showed unread (a storm told by its wind, hail or
 * damage; a flood by its water; a crash as a pile-up or a derailment; a fire
 * as burning or smoke; a collapse as "fell in" / "caved in"; the other
 * categories in new wordings) and one non-report (figurative, economic or
 * emotional use, a forecast, a drill, a plan). New sentences, new cities; no
 * post of any corpus.
 */
import type { EventCategory } from '../../functions/domain/detector/seeds';

export interface HeldOutReports {
  city: string;
  country: string;
  reports: Record<EventCategory, readonly [string, string]>;
  non: Record<EventCategory, readonly [string]>;
}

export const FIRST_REPORTS_C = {
  en: {
    city: 'Bristol',
    country: 'GB',
    reports: {
      attack: [
        'A man opened fire in a cafe in Bristol, I heard at least ten shots',
        'Knife attack at Bristol Temple Meads station, two people wounded, attacker arrested',
      ],
      explosion: [
        'Something blew up at the docks in Bristol, the windows of our flat shattered',
        'Blast at a fuel depot in Bristol, a fireball seen for miles',
      ],
      fire: [
        'The market hall in Bristol is burning, black smoke everywhere',
        'A hotel in Bristol is on fire, guests are being evacuated',
      ],
      earthquake: [
        'The ground shook hard in Bristol just now, everyone ran out into the street',
        'Magnitude 4.9 quake near Bristol, several houses damaged',
      ],
      storm: [
        'Gale force winds in Bristol blew down trees and power lines, roofs torn off',
        'Huge hailstones in Bristol broke windows and dented cars',
      ],
      flood: [
        'The river has overflowed in Bristol, water is pouring into the houses',
        'Streets under water in Bristol, people stranded on roofs waiting for rescue',
      ],
      crash: [
        'Pile-up of twenty cars on the M5 near Bristol, several injured',
        'A train derailed just outside Bristol, passengers hurt',
      ],
      collapse: [
        'A block of flats caved in in Bristol, people are under the rubble',
        'The roof of the sports hall in Bristol fell in, many injured',
      ],
      unrest: [
        'Protesters throwing stones at police in Bristol, tear gas fired',
        'Rioters set cars on fire in Bristol tonight',
      ],
    },
    non: {
      attack: ['Bristol City played a brilliant attacking game, three goals in the first half'],
      explosion: ['Rents in Bristol have exploded this year, my landlord doubled mine'],
      fire: ['Wildfire risk is extreme around Bristol this week, no barbecues in the parks'],
      earthquake: ['Earthquake drill in all Bristol schools tomorrow morning'],
      storm: ['The band took Bristol by storm last night, what a gig'],
      flood: ['Tourists flood into Bristol every summer for the balloon fiesta'],
      crash: ['The pound crashed again today, Bristol exporters worried'],
      collapse: ['Talks on the Bristol council budget collapsed tonight'],
      unrest: ['People in Bristol are angry about rents, a march is planned for Saturday'],
    },
  },
  de: {
    city: 'Leipzig',
    country: 'DE',
    reports: {
      attack: [
        'Ein Mann hat in einem Café in Leipzig um sich geschossen, ich habe mindestens zehn Schüsse gehört',
        'Messerangriff am Leipziger Hauptbahnhof, zwei Verletzte, Täter festgenommen',
      ],
      explosion: [
        'Am Hafen in Leipzig ist etwas in die Luft geflogen, bei uns sind die Fensterscheiben zersprungen',
        'Detonation in einem Tanklager in Leipzig, ein Feuerball kilometerweit zu sehen',
      ],
      fire: [
        'Die Markthalle in Leipzig brennt, überall schwarzer Rauch',
        'Ein Hotel in Leipzig steht in Flammen, die Gäste werden evakuiert',
      ],
      earthquake: [
        'Gerade hat in Leipzig der Boden stark gewackelt, alle sind auf die Straße gerannt',
        'Beben der Stärke 4,9 bei Leipzig, mehrere Häuser beschädigt',
      ],
      storm: [
        'Orkanböen in Leipzig haben Bäume und Stromleitungen umgeknickt, Dächer abgedeckt',
        'Riesige Hagelkörner in Leipzig haben Fenster zerschlagen und Autos verbeult',
      ],
      flood: [
        'Der Fluss ist in Leipzig über die Ufer getreten, das Wasser läuft in die Häuser',
        'Straßen in Leipzig unter Wasser, Menschen sitzen auf Dächern und warten auf Rettung',
      ],
      crash: [
        'Massenkarambolage mit zwanzig Autos auf der A14 bei Leipzig, mehrere Verletzte',
        'Ein Zug ist kurz vor Leipzig entgleist, Fahrgäste verletzt',
      ],
      collapse: [
        'Ein Wohnhaus in Leipzig ist in sich zusammengefallen, Menschen unter den Trümmern',
        'Das Dach der Sporthalle in Leipzig ist eingebrochen, viele Verletzte',
      ],
      unrest: [
        'Demonstranten werfen Steine auf die Polizei in Leipzig, Tränengas wird eingesetzt',
        'Randalierer haben heute Nacht in Leipzig Autos angezündet',
      ],
    },
    non: {
      attack: ['RB Leipzig hat im Angriff glänzend gespielt, drei Tore in der ersten Halbzeit'],
      explosion: ['Die Mieten in Leipzig sind dieses Jahr explodiert, meine hat sich verdoppelt'],
      fire: ['Waldbrandgefahr rund um Leipzig diese Woche extrem hoch, kein Grillen in den Parks'],
      earthquake: ['Morgen früh Erdbebenübung in allen Leipziger Schulen'],
      storm: ['Die Band hat Leipzig gestern im Sturm erobert, was für ein Konzert'],
      flood: ['Jeden Sommer strömen Touristen in Scharen nach Leipzig'],
      crash: ['Der Euro ist heute wieder abgestürzt, Exporteure in Leipzig besorgt'],
      collapse: ['Die Gespräche über den Leipziger Haushalt sind heute Abend gescheitert'],
      unrest: ['Die Leute in Leipzig sind wütend über die Mieten, für Samstag ist eine Demo geplant'],
    },
  },
  fr: {
    city: 'Bordeaux',
    country: 'FR',
    reports: {
      attack: [
        "Un homme a ouvert le feu dans un café à Bordeaux, j'ai entendu au moins dix coups de feu",
        'Attaque au couteau à la gare Saint-Jean de Bordeaux, deux blessés, l’agresseur interpellé',
      ],
      explosion: [
        'Quelque chose a sauté sur le port de Bordeaux, les vitres de notre appartement ont volé en éclats',
        'Déflagration dans un dépôt de carburant à Bordeaux, une boule de feu visible à des kilomètres',
      ],
      fire: [
        'Le marché couvert de Bordeaux brûle, de la fumée noire partout',
        'Un hôtel est en flammes à Bordeaux, les clients sont évacués',
      ],
      earthquake: [
        'Le sol a fortement tremblé à Bordeaux à l’instant, tout le monde est sorti dans la rue',
        'Séisme de magnitude 4,9 près de Bordeaux, plusieurs maisons endommagées',
      ],
      storm: [
        'Des rafales violentes à Bordeaux ont abattu des arbres et des lignes électriques, des toits arrachés',
        'D’énormes grêlons à Bordeaux ont brisé des fenêtres et cabossé des voitures',
      ],
      flood: [
        'La rivière a débordé à Bordeaux, l’eau entre dans les maisons',
        'Rues sous l’eau à Bordeaux, des gens réfugiés sur les toits attendent les secours',
      ],
      crash: [
        'Carambolage de vingt voitures sur l’A10 près de Bordeaux, plusieurs blessés',
        'Un train a déraillé juste à la sortie de Bordeaux, des passagers blessés',
      ],
      collapse: [
        'Un immeuble s’est effondré sur lui-même à Bordeaux, des gens sous les décombres',
        'Le toit du gymnase de Bordeaux a cédé, de nombreux blessés',
      ],
      unrest: [
        'Des manifestants jettent des pierres sur la police à Bordeaux, gaz lacrymogènes tirés',
        'Des émeutiers ont incendié des voitures à Bordeaux cette nuit',
      ],
    },
    non: {
      attack: ['Les Girondins ont fait un match brillant en attaque, trois buts en première mi-temps'],
      explosion: ['Les loyers ont explosé à Bordeaux cette année, le mien a doublé'],
      fire: ['Risque d’incendie extrême autour de Bordeaux cette semaine, barbecues interdits dans les parcs'],
      earthquake: ['Exercice de simulation de séisme demain matin dans toutes les écoles de Bordeaux'],
      storm: ['Le groupe a fait un tabac à Bordeaux hier soir, quel concert'],
      flood: ['Chaque été les touristes affluent en masse à Bordeaux'],
      crash: ['L’euro a encore plongé aujourd’hui, les exportateurs de Bordeaux inquiets'],
      collapse: ['Les négociations sur le budget de Bordeaux ont échoué ce soir'],
      unrest: ['Les Bordelais sont en colère contre les loyers, une marche est prévue samedi'],
    },
  },
  es: {
    city: 'Sevilla',
    country: 'ES',
    reports: {
      attack: [
        'Un hombre abrió fuego en una cafetería de Sevilla, escuché al menos diez disparos',
        'Ataque con cuchillo en la estación de Santa Justa en Sevilla, dos heridos, el agresor detenido',
      ],
      explosion: [
        'Algo ha reventado en el puerto de Sevilla, los cristales de nuestro piso saltaron en pedazos',
        'Estallido en un depósito de combustible en Sevilla, una bola de fuego visible a kilómetros',
      ],
      fire: [
        'El mercado de Sevilla está ardiendo, humo negro por todas partes',
        'Un hotel de Sevilla está en llamas, están evacuando a los huéspedes',
      ],
      earthquake: [
        'El suelo se ha movido muy fuerte en Sevilla ahora mismo, todos salimos corriendo a la calle',
        'Temblor de magnitud 4,9 cerca de Sevilla, varias casas dañadas',
      ],
      storm: [
        'Rachas de viento fortísimas en Sevilla han tumbado árboles y postes de luz, tejados arrancados',
        'Granizo enorme en Sevilla ha roto ventanas y abollado coches',
      ],
      flood: [
        'El río se ha desbordado en Sevilla, el agua está entrando en las casas',
        'Calles bajo el agua en Sevilla, gente atrapada en los tejados esperando el rescate',
      ],
      crash: [
        'Choque en cadena de veinte coches en la A-4 cerca de Sevilla, varios heridos',
        'Un tren ha descarrilado a la salida de Sevilla, pasajeros heridos',
      ],
      collapse: [
        'Se ha venido abajo un bloque de pisos en Sevilla, hay gente bajo los escombros',
        'Se hundió el techo del polideportivo de Sevilla, muchos heridos',
      ],
      unrest: [
        'Manifestantes lanzan piedras a la policía en Sevilla, disparan gases lacrimógenos',
        'Alborotadores han quemado coches en Sevilla esta noche',
      ],
    },
    non: {
      attack: ['El Betis jugó un partido brillante en ataque, tres goles en la primera parte'],
      explosion: ['Los alquileres en Sevilla se han disparado este año, el mío se ha duplicado'],
      fire: ['Riesgo extremo de incendio en Sevilla esta semana, prohibidas las barbacoas en los parques'],
      earthquake: ['Simulacro de terremoto mañana por la mañana en todos los colegios de Sevilla'],
      storm: ['El grupo arrasó anoche en Sevilla, menudo concierto'],
      flood: ['Cada verano los turistas inundan Sevilla'],
      crash: ['El euro se ha desplomado otra vez hoy, los exportadores de Sevilla preocupados'],
      collapse: ['Las negociaciones sobre el presupuesto de Sevilla fracasaron esta noche'],
      unrest: ['La gente en Sevilla está harta de los alquileres, hay una marcha convocada el sábado'],
    },
  },
  it: {
    city: 'Bologna',
    country: 'IT',
    reports: {
      attack: [
        'Un uomo ha aperto il fuoco in un bar di Bologna, ho sentito almeno dieci colpi',
        'Aggressione con coltello alla stazione centrale di Bologna, due feriti, aggressore arrestato',
      ],
      explosion: [
        'È saltato in aria qualcosa all’interporto di Bologna, i vetri di casa nostra sono andati in frantumi',
        'Deflagrazione in un deposito di carburante a Bologna, una palla di fuoco visibile da chilometri',
      ],
      fire: [
        'Il mercato di Bologna sta bruciando, fumo nero dappertutto',
        'Un albergo di Bologna è in fiamme, stanno evacuando gli ospiti',
      ],
      earthquake: [
        'La terra ha tremato forte a Bologna proprio ora, tutti in strada',
        'Scossa di magnitudo 4,9 vicino a Bologna, diverse case danneggiate',
      ],
      storm: [
        'Raffiche di vento fortissime a Bologna hanno abbattuto alberi e pali della luce, tetti scoperchiati',
        'Grandine enorme a Bologna ha rotto finestre e ammaccato le auto',
      ],
      flood: [
        'Il fiume è esondato a Bologna, l’acqua sta entrando nelle case',
        'Strade sott’acqua a Bologna, persone bloccate sui tetti in attesa dei soccorsi',
      ],
      crash: [
        'Maxi tamponamento di venti auto sull’A1 vicino a Bologna, diversi feriti',
        'Un treno è deragliato appena fuori Bologna, passeggeri feriti',
      ],
      collapse: [
        'Una palazzina è venuta giù a Bologna, ci sono persone sotto le macerie',
        'Ha ceduto il tetto del palazzetto dello sport di Bologna, molti feriti',
      ],
      unrest: [
        'Manifestanti lanciano sassi contro la polizia a Bologna, lacrimogeni sparati',
        'Facinorosi hanno incendiato auto a Bologna stanotte',
      ],
    },
    non: {
      attack: ['Il Bologna ha giocato una partita brillante in attacco, tre gol nel primo tempo'],
      explosion: ['Gli affitti a Bologna sono esplosi quest’anno, il mio è raddoppiato'],
      fire: ['Rischio incendi estremo intorno a Bologna questa settimana, vietati i barbecue nei parchi'],
      earthquake: ['Domattina esercitazione antisismica in tutte le scuole di Bologna'],
      storm: ['La band ha conquistato Bologna ieri sera, che concerto'],
      flood: ['Ogni estate i turisti invadono Bologna'],
      crash: ['L’euro è crollato di nuovo oggi, esportatori di Bologna preoccupati'],
      collapse: ['Le trattative sul bilancio di Bologna sono saltate stasera'],
      unrest: ['A Bologna la gente è arrabbiata per gli affitti, un corteo è previsto sabato'],
    },
  },
  pt: {
    city: 'Fortaleza',
    country: 'BR',
    reports: {
      attack: [
        'Um homem abriu fogo num bar em Fortaleza, ouvi pelo menos dez disparos',
        'Ataque a faca na rodoviária de Fortaleza, dois feridos, agressor preso',
      ],
      explosion: [
        'Alguma coisa voou pelos ares no porto de Fortaleza, os vidros do nosso apartamento estilhaçaram',
        'Estrondo num depósito de combustível em Fortaleza, bola de fogo vista a quilômetros',
      ],
      fire: [
        'O mercado central de Fortaleza está pegando fogo, fumaça preta por todo lado',
        'Um hotel em Fortaleza está em chamas, hóspedes sendo retirados',
      ],
      earthquake: [
        'O chão tremeu forte em Fortaleza agora, todo mundo correu para a rua',
        'Tremor de magnitude 4,9 perto de Fortaleza, várias casas danificadas',
      ],
      storm: [
        'Ventania em Fortaleza derrubou árvores e postes, telhados arrancados',
        'Pedras de granizo enormes em Fortaleza quebraram janelas e amassaram carros',
      ],
      flood: [
        'O rio transbordou em Fortaleza, a água está entrando nas casas',
        'Ruas debaixo d’água em Fortaleza, gente ilhada nos telhados esperando resgate',
      ],
      crash: [
        'Engavetamento de vinte carros na BR-116 perto de Fortaleza, vários feridos',
        'Um trem descarrilou na saída de Fortaleza, passageiros feridos',
      ],
      collapse: [
        'Um prédio veio abaixo em Fortaleza, tem gente sob os escombros',
        'O teto do ginásio de Fortaleza cedeu, muitos feridos',
      ],
      unrest: [
        'Manifestantes atiram pedras na polícia em Fortaleza, bombas de gás lacrimogêneo',
        'Vândalos incendiaram carros em Fortaleza esta noite',
      ],
    },
    non: {
      attack: ['O Fortaleza fez um jogo brilhante no ataque, três gols no primeiro tempo'],
      explosion: ['Os aluguéis em Fortaleza explodiram este ano, o meu dobrou'],
      fire: ['Risco de queimadas extremo em Fortaleza esta semana, churrasco proibido nos parques'],
      earthquake: ['Simulado de terremoto amanhã de manhã em todas as escolas de Fortaleza'],
      storm: ['A banda arrasou em Fortaleza ontem à noite, que show'],
      flood: ['Todo verão os turistas invadem Fortaleza'],
      crash: ['O real despencou de novo hoje, exportadores de Fortaleza preocupados'],
      collapse: ['As negociações do orçamento de Fortaleza fracassaram esta noite'],
      unrest: ['O povo de Fortaleza está revoltado com os aluguéis, uma passeata está marcada para sábado'],
    },
  },
  nl: {
    city: 'Groningen',
    country: 'NL',
    reports: {
      attack: [
        'Een man opende het vuur in een café in Groningen, ik hoorde minstens tien schoten',
        'Steekpartij op het station van Groningen, twee gewonden, dader aangehouden',
      ],
      explosion: [
        'Er is iets ontploft bij de haven van Groningen, de ruiten van ons huis sprongen eruit',
        'Knal bij een brandstofopslag in Groningen, een vuurbal kilometers ver te zien',
      ],
      fire: [
        'De markthal in Groningen staat in brand, overal zwarte rook',
        'Een hotel in Groningen staat in lichterlaaie, gasten worden geëvacueerd',
      ],
      earthquake: [
        'De grond trilde net heel hard in Groningen, iedereen rende de straat op',
        'Beving van 3,6 bij Groningen, meerdere huizen beschadigd',
      ],
      storm: [
        'Zware windstoten in Groningen hebben bomen en stroomkabels omver geblazen, daken eraf',
        'Enorme hagelstenen in Groningen sloegen ramen kapot en deukten auto’s',
      ],
      flood: [
        'De rivier is buiten haar oevers getreden in Groningen, het water loopt de huizen in',
        'Straten onder water in Groningen, mensen op daken wachten op redding',
      ],
      crash: [
        'Kettingbotsing met twintig auto’s op de A7 bij Groningen, meerdere gewonden',
        'Een trein is ontspoord net buiten Groningen, reizigers gewond',
      ],
      collapse: [
        'Een flatgebouw in Groningen is in elkaar gezakt, mensen onder het puin',
        'Het dak van de sporthal in Groningen is bezweken, veel gewonden',
      ],
      unrest: [
        'Demonstranten gooien stenen naar de politie in Groningen, traangas ingezet',
        'Relschoppers hebben vannacht in Groningen auto’s in brand gestoken',
      ],
    },
    non: {
      attack: ['FC Groningen speelde aanvallend briljant, drie goals in de eerste helft'],
      explosion: ['De huren in Groningen zijn dit jaar ontploft, de mijne is verdubbeld'],
      fire: ['Extreem risico op natuurbrand rond Groningen deze week, niet barbecueën in de parken'],
      earthquake: ['Morgenochtend aardbevingsoefening op alle scholen in Groningen'],
      storm: ['De band veroverde Groningen gisteravond stormenderhand, wat een optreden'],
      flood: ['Elke zomer overspoelen toeristen Groningen'],
      crash: ['De euro is vandaag weer gekelderd, exporteurs in Groningen bezorgd'],
      collapse: ['De onderhandelingen over de begroting van Groningen zijn vanavond geklapt'],
      unrest: ['Mensen in Groningen zijn boos over de huren, zaterdag is er een mars gepland'],
    },
  },
  pl: {
    city: 'Gdańsk',
    country: 'PL',
    reports: {
      attack: [
        'Mężczyzna otworzył ogień w kawiarni w Gdańsku, słyszałem co najmniej dziesięć strzałów',
        'Atak nożownika na dworcu w Gdańsku, dwie osoby ranne, napastnik zatrzymany',
      ],
      explosion: [
        'Coś wyleciało w powietrze w porcie w Gdańsku, szyby w naszym mieszkaniu popękały',
        'Potężny huk w składzie paliw w Gdańsku, kula ognia widoczna z wielu kilometrów',
      ],
      fire: [
        'Hala targowa w Gdańsku płonie, wszędzie czarny dym',
        'Hotel w Gdańsku stoi w ogniu, goście są ewakuowani',
      ],
      earthquake: [
        'Przed chwilą w Gdańsku mocno zatrzęsła się ziemia, wszyscy wybiegli na ulicę',
        'Wstrząs o magnitudzie 4,9 koło Gdańska, kilka domów uszkodzonych',
      ],
      storm: [
        'Silny wiatr w Gdańsku powalił drzewa i zerwał linie energetyczne, zerwane dachy',
        'Ogromny grad w Gdańsku wybił szyby i powgniatał samochody',
      ],
      flood: [
        'Rzeka wylała w Gdańsku, woda wlewa się do domów',
        'Ulice pod wodą w Gdańsku, ludzie na dachach czekają na ratunek',
      ],
      crash: [
        'Karambol dwudziestu aut na obwodnicy Gdańska, kilka osób rannych',
        'Pociąg wykoleił się tuż za Gdańskiem, pasażerowie ranni',
      ],
      collapse: ['Blok w Gdańsku się zapadł, ludzie pod gruzami', 'Runął dach hali sportowej w Gdańsku, wielu rannych'],
      unrest: [
        'Demonstranci rzucają kamieniami w policję w Gdańsku, użyto gazu łzawiącego',
        'Chuligani podpalili dziś w nocy samochody w Gdańsku',
      ],
    },
    non: {
      attack: ['Lechia Gdańsk zagrała świetnie w ataku, trzy gole w pierwszej połowie'],
      explosion: ['Czynsze w Gdańsku w tym roku eksplodowały, mój się podwoił'],
      fire: ['Ekstremalne zagrożenie pożarowe lasów wokół Gdańska w tym tygodniu, zakaz grillowania w parkach'],
      earthquake: ['Jutro rano ćwiczenia na wypadek trzęsienia ziemi we wszystkich szkołach w Gdańsku'],
      storm: ['Zespół wczoraj szturmem podbił Gdańsk, co za koncert'],
      flood: ['Każdego lata turyści zalewają Gdańsk'],
      crash: ['Złoty znowu dziś runął, eksporterzy z Gdańska zaniepokojeni'],
      collapse: ['Rozmowy o budżecie Gdańska załamały się dziś wieczorem'],
      unrest: ['Ludzie w Gdańsku są wściekli na czynsze, na sobotę zapowiedziano marsz'],
    },
  },
  ru: {
    city: 'Novosibirsk',
    country: 'RU',
    reports: {
      attack: [
        'Мужчина открыл огонь в кафе в Новосибирске, я слышал не меньше десяти выстрелов',
        'Нападение с ножом на вокзале Новосибирска, двое раненых, нападавший задержан',
      ],
      explosion: [
        'В порту Новосибирска что-то рвануло, у нас в квартире вылетели стёкла',
        'Мощный хлопок на нефтебазе в Новосибирске, огненный шар видно за километры',
      ],
      fire: ['Рынок в Новосибирске горит, везде чёрный дым', 'Гостиница в Новосибирске в огне, постояльцев эвакуируют'],
      earthquake: [
        'Только что в Новосибирске сильно тряхнуло, все выбежали на улицу',
        'Толчок магнитудой 4,9 под Новосибирском, повреждены несколько домов',
      ],
      storm: [
        'Шквалистый ветер в Новосибирске повалил деревья и оборвал провода, сорваны крыши',
        'Огромный град в Новосибирске побил окна и помял машины',
      ],
      flood: [
        'Река вышла из берегов в Новосибирске, вода заходит в дома',
        'Улицы Новосибирска под водой, люди на крышах ждут спасателей',
      ],
      crash: [
        'Массовое ДТП с участием двадцати машин на трассе под Новосибирском, есть пострадавшие',
        'Поезд сошёл с рельсов на выезде из Новосибирска, пассажиры пострадали',
      ],
      collapse: [
        'В Новосибирске сложился жилой дом, люди под завалами',
        'Рухнула крыша спортзала в Новосибирске, много пострадавших',
      ],
      unrest: [
        'Протестующие бросают камни в полицию в Новосибирске, применён слезоточивый газ',
        'Погромщики подожгли машины в Новосибирске этой ночью',
      ],
    },
    non: {
      attack: ['Сибирь блестяще сыграла в атаке, три гола в первом тайме'],
      explosion: ['Аренда в Новосибирске в этом году взлетела, моя выросла вдвое'],
      fire: ['На этой неделе вокруг Новосибирска чрезвычайная пожароопасность, шашлыки в парках запрещены'],
      earthquake: ['Завтра утром учения на случай землетрясения во всех школах Новосибирска'],
      storm: ['Группа вчера взяла Новосибирск штурмом, вот это концерт'],
      flood: ['Каждое лето туристы наводняют Новосибирск'],
      crash: ['Рубль сегодня снова обвалился, экспортёры Новосибирска обеспокоены'],
      collapse: ['Переговоры по бюджету Новосибирска сегодня вечером сорвались'],
      unrest: ['Люди в Новосибирске злы из-за аренды, на субботу запланирован марш'],
    },
  },
  uk: {
    city: 'Lviv',
    country: 'UA',
    reports: {
      attack: [
        'Чоловік відкрив вогонь у кав’ярні у Львові, я чув щонайменше десять пострілів',
        'Напад з ножем на вокзалі у Львові, двоє поранених, нападника затримали',
      ],
      explosion: [
        'У Львові щось бахнуло біля складів, у нашій квартирі вилетіли шибки',
        'Потужний вибух на нафтобазі у Львові, вогняну кулю видно за кілометри',
      ],
      fire: ['Ринок у Львові горить, всюди чорний дим', 'Готель у Львові охоплений вогнем, гостей евакуюють'],
      earthquake: [
        'Щойно у Львові сильно трусонуло, всі вибігли на вулицю',
        'Поштовх магнітудою 4,9 біля Львова, пошкоджено кілька будинків',
      ],
      storm: [
        'Шквальний вітер у Львові повалив дерева й обірвав дроти, зірвані дахи',
        'Величезний град у Львові побив вікна й пом’яв автівки',
      ],
      flood: [
        'Річка вийшла з берегів у Львові, вода заходить у будинки',
        'Вулиці Львова під водою, люди на дахах чекають на рятувальників',
      ],
      crash: [
        'Масова ДТП за участю двадцяти автівок на трасі біля Львова, є постраждалі',
        'Потяг зійшов з рейок на виїзді зі Львова, пасажири постраждали',
      ],
      collapse: [
        'У Львові склався житловий будинок, люди під завалами',
        'Обвалився дах спортзалу у Львові, багато постраждалих',
      ],
      unrest: [
        'Протестувальники кидають каміння в поліцію у Львові, застосовано сльозогінний газ',
        'Погромники підпалили автівки у Львові цієї ночі',
      ],
    },
    non: {
      attack: ['Карпати блискуче зіграли в атаці, три голи в першому таймі'],
      explosion: ['Оренда у Львові цього року злетіла, моя зросла вдвічі'],
      fire: ['Цього тижня навколо Львова надзвичайна пожежна небезпека, шашлики в парках заборонені'],
      earthquake: ['Завтра вранці навчання на випадок землетрусу в усіх школах Львова'],
      storm: ['Гурт учора штурмом підкорив Львів, оце концерт'],
      flood: ['Щоліта туристи заполоняють Львів'],
      crash: ['Гривня сьогодні знову обвалилася, експортери Львова стурбовані'],
      collapse: ['Переговори щодо бюджету Львова сьогодні ввечері зірвалися'],
      unrest: ['Люди у Львові злі через оренду, на суботу заплановано марш'],
    },
  },
  tr: {
    city: 'Bursa',
    country: 'TR',
    reports: {
      attack: [
        "Bursa'da bir adam kafede ateş açtı, en az on el silah sesi duydum",
        'Bursa otogarında bıçaklı saldırı, iki yaralı, saldırgan yakalandı',
      ],
      explosion: [
        "Bursa'da limanda bir şey havaya uçtu, evimizin camları paramparça oldu",
        "Bursa'da bir akaryakıt deposunda büyük patlama, ateş topu kilometrelerce öteden görüldü",
      ],
      fire: [
        "Bursa'da kapalı çarşı yanıyor, her yer kara duman",
        "Bursa'da bir otel alev alev yanıyor, misafirler tahliye ediliyor",
      ],
      earthquake: [
        "Bursa'da az önce yer çok kötü sallandı, herkes sokağa koştu",
        'Bursa yakınlarında 4,9 büyüklüğünde sarsıntı, birkaç ev hasar gördü',
      ],
      storm: [
        "Bursa'da fırtına gibi esen rüzgar ağaçları ve elektrik direklerini devirdi, çatılar uçtu",
        "Bursa'da iri dolu taneleri camları kırdı, arabaları göçürttü",
      ],
      flood: [
        "Bursa'da dere taştı, su evlere giriyor",
        "Bursa'da sokaklar sular altında, insanlar çatılarda kurtarılmayı bekliyor",
      ],
      crash: [
        'Bursa yakınlarında otoyolda yirmi araçlık zincirleme kaza, çok sayıda yaralı',
        'Bursa çıkışında bir tren raydan çıktı, yolcular yaralandı',
      ],
      collapse: [
        "Bursa'da bir apartman çöktü, enkaz altında insanlar var",
        "Bursa'da spor salonunun çatısı göçtü, çok sayıda yaralı",
      ],
      unrest: [
        "Bursa'da göstericiler polise taş atıyor, biber gazı sıkıldı",
        "Bursa'da bu gece taşkınlık çıkaranlar arabaları ateşe verdi",
      ],
    },
    non: {
      attack: ['Bursaspor hücumda harika oynadı, ilk yarıda üç gol'],
      explosion: ["Bursa'da kiralar bu yıl patladı, benimki iki katına çıktı"],
      fire: ['Bu hafta Bursa çevresinde orman yangını riski çok yüksek, parklarda mangal yasak'],
      earthquake: ["Yarın sabah Bursa'daki tüm okullarda deprem tatbikatı"],
      storm: ["Grup dün gece Bursa'yı kasıp kavurdu, ne konserdi ama"],
      flood: ["Her yaz turistler Bursa'ya akın ediyor"],
      crash: ['Lira bugün yine çakıldı, Bursalı ihracatçılar endişeli'],
      collapse: ['Bursa bütçe görüşmeleri bu akşam çıkmaza girdi'],
      unrest: ["Bursa'da insanlar kiralara kızgın, cumartesi için yürüyüş planlanıyor"],
    },
  },
  id: {
    city: 'Medan',
    country: 'ID',
    reports: {
      attack: [
        'Seorang pria melepaskan tembakan di sebuah kafe di Medan, saya dengar setidaknya sepuluh letusan',
        'Serangan pisau di stasiun Medan, dua orang terluka, pelaku ditangkap',
      ],
      explosion: [
        'Ada yang meledak di pelabuhan Medan, kaca rumah kami pecah semua',
        'Dentuman keras di depo BBM Medan, bola api terlihat dari jauh',
      ],
      fire: [
        'Pasar di Medan sedang terbakar, asap hitam di mana-mana',
        'Sebuah hotel di Medan dilalap api, tamu dievakuasi',
      ],
      earthquake: [
        'Tanah bergoyang keras di Medan barusan, semua orang lari ke jalan',
        'Guncangan magnitudo 4,9 dekat Medan, beberapa rumah rusak',
      ],
      storm: [
        'Angin kencang di Medan menumbangkan pohon dan tiang listrik, atap rumah beterbangan',
        'Hujan es besar di Medan memecahkan jendela dan merusak mobil',
      ],
      flood: [
        'Sungai meluap di Medan, air masuk ke rumah-rumah',
        'Jalanan di Medan terendam air, warga terjebak di atap menunggu evakuasi',
      ],
      crash: [
        'Tabrakan beruntun dua puluh mobil di tol dekat Medan, beberapa luka-luka',
        'Kereta anjlok di luar Medan, penumpang terluka',
      ],
      collapse: [
        'Sebuah gedung ambruk di Medan, ada orang tertimbun reruntuhan',
        'Atap gedung olahraga di Medan jebol, banyak yang terluka',
      ],
      unrest: [
        'Demonstran melempari polisi dengan batu di Medan, gas air mata ditembakkan',
        'Massa membakar mobil-mobil di Medan malam ini',
      ],
    },
    non: {
      attack: ['PSMS Medan bermain gemilang dalam menyerang, tiga gol di babak pertama'],
      explosion: ['Harga sewa di Medan meledak tahun ini, sewa saya naik dua kali lipat'],
      fire: ['Risiko kebakaran hutan di sekitar Medan sangat tinggi minggu ini, dilarang bakar-bakar di taman'],
      earthquake: ['Besok pagi simulasi gempa di semua sekolah di Medan'],
      storm: ['Band itu menghebohkan Medan tadi malam, konsernya luar biasa'],
      flood: ['Setiap musim liburan wisatawan membanjiri Medan'],
      crash: ['Rupiah anjlok lagi hari ini, eksportir di Medan cemas'],
      collapse: ['Pembahasan anggaran Kota Medan buntu malam ini'],
      unrest: ['Warga Medan kesal soal harga sewa, aksi damai direncanakan hari Sabtu'],
    },
  },
  tl: {
    city: 'Cebu',
    country: 'PH',
    reports: {
      attack: [
        'May lalaking namaril sa isang kapihan sa Cebu, nakarinig ako ng hindi bababa sa sampung putok',
        'Pananaksak sa terminal ng bus sa Cebu, dalawang sugatan, arestado ang suspek',
      ],
      explosion: [
        'May sumabog sa pantalan ng Cebu, nabasag lahat ng bintana namin',
        'Malakas na pagsabog sa isang imbakan ng gasolina sa Cebu, tanaw ang bolang apoy mula sa malayo',
      ],
      fire: [
        'Nasusunog ang palengke sa Cebu, makapal na itim na usok kahit saan',
        'Nilalamon ng apoy ang isang hotel sa Cebu, inililikas ang mga bisita',
      ],
      earthquake: [
        'Ang lakas ng yanig sa Cebu ngayon lang, nagtakbuhan lahat palabas sa kalye',
        'Lindol na magnitude 4.9 malapit sa Cebu, ilang bahay ang nasira',
      ],
      storm: [
        'Sobrang lakas ng hangin sa Cebu, natumba ang mga puno at poste ng kuryente, nilipad ang mga bubong',
        'Malalaking yelo ang bumagsak sa Cebu, basag ang mga bintana at yupi ang mga kotse',
      ],
      flood: [
        'Umapaw ang ilog sa Cebu, pumapasok na ang tubig sa mga bahay',
        'Lubog sa tubig ang mga kalye sa Cebu, mga tao nasa bubong naghihintay ng rescue',
      ],
      crash: [
        'Karambola ng dalawampung sasakyan sa highway malapit sa Cebu, ilang sugatan',
        'Nadiskaril ang isang tren sa labas ng Cebu, sugatan ang mga pasahero',
      ],
      collapse: [
        'Gumuho ang isang gusali sa Cebu, may mga taong naipit sa guho',
        'Bumigay ang bubong ng gym sa Cebu, maraming sugatan',
      ],
      unrest: [
        'Binabato ng mga nagpoprotesta ang pulis sa Cebu, nagpaputok ng tear gas',
        'Sinunog ng mga nanggugulo ang mga kotse sa Cebu ngayong gabi',
      ],
    },
    non: {
      attack: ['Ang galing ng opensa ng Cebu kagabi, tatlong puntos sa unang half'],
      explosion: ['Sumabog ang presyo ng upa sa Cebu ngayong taon, doble na ang akin'],
      fire: ['Napakataas ng panganib ng sunog sa kagubatan sa paligid ng Cebu ngayong linggo'],
      earthquake: ['Earthquake drill sa lahat ng paaralan sa Cebu bukas ng umaga'],
      storm: ['Pinasabog ng banda ang Cebu kagabi, ang ganda ng concert'],
      flood: ['Tuwing tag-init dumadagsa ang mga turista sa Cebu'],
      crash: ['Bumagsak na naman ang piso ngayon, nag-aalala ang mga exporter sa Cebu'],
      collapse: ['Nabigo ang usapan tungkol sa budget ng Cebu ngayong gabi'],
      unrest: ['Galit ang mga taga-Cebu sa taas ng upa, may martsa sa Sabado'],
    },
  },
  el: {
    city: 'Patras',
    country: 'GR',
    reports: {
      attack: [
        'Ένας άντρας άνοιξε πυρ σε καφετέρια στην Πάτρα, άκουσα τουλάχιστον δέκα πυροβολισμούς',
        'Επίθεση με μαχαίρι στον σταθμό της Πάτρας, δύο τραυματίες, συνελήφθη ο δράστης',
      ],
      explosion: [
        'Κάτι ανατινάχτηκε στο λιμάνι της Πάτρας, έσπασαν τα τζάμια στο σπίτι μας',
        'Ισχυρή έκρηξη σε αποθήκη καυσίμων στην Πάτρα, η πύρινη σφαίρα φαινόταν από χιλιόμετρα',
      ],
      fire: [
        'Καίγεται η αγορά στην Πάτρα, μαύρος καπνός παντού',
        'Ένα ξενοδοχείο στην Πάτρα τυλίχτηκε στις φλόγες, απομακρύνονται οι πελάτες',
      ],
      earthquake: [
        'Μόλις κουνήθηκε πολύ δυνατά η γη στην Πάτρα, όλοι βγήκαμε στον δρόμο',
        'Δόνηση 4,9 Ρίχτερ κοντά στην Πάτρα, ζημιές σε αρκετά σπίτια',
      ],
      storm: [
        'Θυελλώδεις άνεμοι στην Πάτρα έριξαν δέντρα και κολόνες της ΔΕΗ, ξηλώθηκαν στέγες',
        'Τεράστιο χαλάζι στην Πάτρα έσπασε τζάμια και βούλιαξε αυτοκίνητα',
      ],
      flood: [
        'Ξεχείλισε το ποτάμι στην Πάτρα, το νερό μπαίνει στα σπίτια',
        'Δρόμοι κάτω από το νερό στην Πάτρα, άνθρωποι στις ταράτσες περιμένουν διάσωση',
      ],
      crash: [
        'Καραμπόλα είκοσι αυτοκινήτων στην εθνική κοντά στην Πάτρα, αρκετοί τραυματίες',
        'Εκτροχιάστηκε τρένο έξω από την Πάτρα, τραυματίες επιβάτες',
      ],
      collapse: [
        'Γκρεμίστηκε πολυκατοικία στην Πάτρα, άνθρωποι κάτω από τα ερείπια',
        'Υποχώρησε η οροφή του γηπέδου μπάσκετ στην Πάτρα, πολλοί τραυματίες',
      ],
      unrest: [
        'Διαδηλωτές πετούν πέτρες στην αστυνομία στην Πάτρα, ρίχνονται χημικά',
        'Κουκουλοφόροι έβαλαν φωτιά σε αυτοκίνητα στην Πάτρα απόψε',
      ],
    },
    non: {
      attack: ['Η Παναχαϊκή έπαιξε εξαιρετικά στην επίθεση, τρία γκολ στο πρώτο ημίχρονο'],
      explosion: ['Τα ενοίκια στην Πάτρα εκτοξεύτηκαν φέτος, το δικό μου διπλασιάστηκε'],
      fire: ['Πολύ υψηλός κίνδυνος πυρκαγιάς γύρω από την Πάτρα αυτή την εβδομάδα, απαγορεύονται τα ψησίματα'],
      earthquake: ['Άσκηση σεισμού αύριο το πρωί σε όλα τα σχολεία της Πάτρας'],
      storm: ['Το συγκρότημα σάρωσε χθες βράδυ στην Πάτρα, τι συναυλία'],
      flood: ['Κάθε καλοκαίρι οι τουρίστες κατακλύζουν την Πάτρα'],
      crash: ['Το χρηματιστήριο βούτηξε ξανά σήμερα, ανησυχία στους εξαγωγείς της Πάτρας'],
      collapse: ['Οι συνομιλίες για τον προϋπολογισμό της Πάτρας ναυάγησαν απόψε'],
      unrest: ['Οι Πατρινοί είναι θυμωμένοι με τα ενοίκια, πορεία προγραμματίζεται το Σάββατο'],
    },
  },
  ar: {
    city: 'Mosul',
    country: 'IQ',
    reports: {
      attack: [
        'رجل فتح النار داخل مقهى في الموصل، سمعت عشر طلقات على الأقل',
        'هجوم بسكين في محطة الموصل، إصابة شخصين واعتقال المهاجم',
      ],
      explosion: [
        'شيء ما انفجر قرب الميناء النهري في الموصل، تحطم زجاج نوافذ بيتنا',
        'دوي انفجار في مستودع وقود في الموصل، كرة نار تُرى من بعيد',
      ],
      fire: ['السوق القديم في الموصل يحترق، دخان أسود في كل مكان', 'فندق في الموصل تلتهمه النيران، يتم إخلاء النزلاء'],
      earthquake: [
        'الأرض اهتزت بقوة في الموصل قبل قليل، الجميع ركضوا إلى الشارع',
        'هزة بقوة 4.9 درجات قرب الموصل، أضرار في عدة منازل',
      ],
      storm: [
        'رياح عاتية في الموصل اقتلعت الأشجار وأعمدة الكهرباء، وتطايرت أسقف المنازل',
        'حبات برد ضخمة في الموصل حطمت النوافذ وأتلفت السيارات',
      ],
      flood: [
        'فاض النهر في الموصل، والمياه تدخل البيوت',
        'الشوارع غارقة بالمياه في الموصل، أناس عالقون على الأسطح ينتظرون الإنقاذ',
      ],
      crash: [
        'تصادم متسلسل لعشرين سيارة على الطريق السريع قرب الموصل، عدة إصابات',
        'خروج قطار عن السكة خارج الموصل، إصابة ركاب',
      ],
      collapse: ['انهارت عمارة سكنية في الموصل، أشخاص تحت الأنقاض', 'سقط سقف القاعة الرياضية في الموصل، إصابات كثيرة'],
      unrest: [
        'متظاهرون يرشقون الشرطة بالحجارة في الموصل، وإطلاق الغاز المسيل للدموع',
        'مخربون أحرقوا سيارات في الموصل الليلة',
      ],
    },
    non: {
      attack: ['فريق الموصل لعب بشكل رائع في الهجوم، ثلاثة أهداف في الشوط الأول'],
      explosion: ['الإيجارات في الموصل انفجرت هذا العام، إيجاري تضاعف'],
      fire: ['خطر الحرائق مرتفع جداً حول الموصل هذا الأسبوع، يمنع الشواء في الحدائق'],
      earthquake: ['تمرين على الزلازل صباح الغد في جميع مدارس الموصل'],
      storm: ['الفرقة اجتاحت الموصل الليلة الماضية، يا لها من حفلة'],
      flood: ['كل صيف يتدفق السياح على الموصل'],
      crash: ['الدينار هوى مجدداً اليوم، قلق بين تجار الموصل'],
      collapse: ['انهارت مفاوضات ميزانية الموصل هذا المساء'],
      unrest: ['أهل الموصل غاضبون من الإيجارات، مسيرة مقررة يوم السبت'],
    },
  },
  fa: {
    city: 'Shiraz',
    country: 'IR',
    reports: {
      attack: [
        'یک مرد در کافه‌ای در شیراز تیراندازی کرد، دست‌کم ده شلیک شنیدم',
        'حمله با چاقو در ایستگاه راه‌آهن شیراز، دو نفر زخمی، مهاجم دستگیر شد',
      ],
      explosion: [
        'چیزی در انبار نزدیک فرودگاه شیراز منفجر شد، شیشه‌های خانه‌مان خرد شد',
        'صدای مهیب در انبار سوخت شیراز، گوی آتش از کیلومترها دیده می‌شد',
      ],
      fire: ['بازار شیراز دارد می‌سوزد، همه جا دود سیاه', 'یک هتل در شیراز در آتش می‌سوزد، مهمانان تخلیه می‌شوند'],
      earthquake: [
        'همین الان زمین در شیراز به شدت لرزید، همه به خیابان دویدند',
        'لرزه ۴.۹ ریشتری نزدیک شیراز، چند خانه آسیب دید',
      ],
      storm: [
        'باد شدید در شیراز درخت‌ها و تیرهای برق را انداخت، سقف‌ها کنده شد',
        'تگرگ درشت در شیراز شیشه‌ها را شکست و ماشین‌ها را قر کرد',
      ],
      flood: [
        'رودخانه در شیراز طغیان کرد، آب وارد خانه‌ها می‌شود',
        'خیابان‌های شیراز زیر آب رفته، مردم روی پشت‌بام‌ها منتظر نجات هستند',
      ],
      crash: [
        'تصادف زنجیره‌ای بیست خودرو در آزادراه نزدیک شیراز، چند نفر زخمی',
        'قطاری بیرون از شیراز از ریل خارج شد، مسافران زخمی شدند',
      ],
      collapse: [
        'یک ساختمان مسکونی در شیراز فرو ریخت، افرادی زیر آوار هستند',
        'سقف سالن ورزشی شیراز پایین آمد، تعداد زیادی زخمی',
      ],
      unrest: [
        'معترضان در شیراز به سمت پلیس سنگ پرتاب می‌کنند، گاز اشک‌آور شلیک شد',
        'آشوبگران امشب در شیراز ماشین‌ها را آتش زدند',
      ],
    },
    non: {
      attack: ['تیم شیراز در حمله درخشان بازی کرد، سه گل در نیمه اول'],
      explosion: ['اجاره‌ها در شیراز امسال منفجر شد، اجاره من دو برابر شد'],
      fire: ['خطر آتش‌سوزی جنگل‌ها اطراف شیراز این هفته بسیار بالاست، کباب کردن در پارک ممنوع'],
      earthquake: ['فردا صبح مانور زلزله در همه مدارس شیراز'],
      storm: ['گروه دیشب شیراز را فتح کرد، چه کنسرتی'],
      flood: ['هر تابستان گردشگران به شیراز هجوم می‌آورند'],
      crash: ['ریال امروز دوباره سقوط کرد، صادرکنندگان شیراز نگران‌اند'],
      collapse: ['مذاکرات بودجه شیراز امشب به بن‌بست رسید'],
      unrest: ['مردم شیراز از اجاره‌ها عصبانی‌اند، راهپیمایی برای شنبه برنامه‌ریزی شده'],
    },
  },
  hi: {
    city: 'Jaipur',
    country: 'IN',
    reports: {
      attack: [
        'जयपुर में एक आदमी ने कैफ़े में फायरिंग की, मैंने कम से कम दस गोलियों की आवाज़ सुनी',
        'जयपुर रेलवे स्टेशन पर चाकू से हमला, दो लोग घायल, हमलावर गिरफ्तार',
      ],
      explosion: [
        'जयपुर में गोदाम में कुछ फट गया, हमारे घर के शीशे टूट गए',
        'जयपुर के ईंधन डिपो में ज़ोरदार धमाका, आग का गोला दूर से दिखा',
      ],
      fire: ['जयपुर का बाज़ार जल रहा है, हर तरफ़ काला धुआं', 'जयपुर में एक होटल धू-धू कर जल रहा है, मेहमानों को निकाला जा रहा है'],
      earthquake: ['अभी जयपुर में ज़मीन ज़ोर से हिली, सब लोग सड़क पर भागे', 'जयपुर के पास 4.9 तीव्रता के झटके, कई घरों को नुकसान'],
      storm: ['जयपुर में तेज़ आंधी से पेड़ और बिजली के खंभे गिर गए, छतें उड़ गईं', 'जयपुर में बड़े बड़े ओलों से खिड़कियां टूटीं और गाड़ियां पिचक गईं'],
      flood: ['जयपुर में नदी उफान पर, पानी घरों में घुस रहा है', 'जयपुर की सड़कें पानी में डूबीं, लोग छतों पर बचाव का इंतज़ार कर रहे हैं'],
      crash: ['जयपुर के पास हाईवे पर बीस गाड़ियां आपस में टकराईं, कई घायल', 'जयपुर के बाहर ट्रेन पटरी से उतरी, यात्री घायल'],
      collapse: ['जयपुर में एक इमारत ढह गई, लोग मलबे में दबे', 'जयपुर में स्पोर्ट्स हॉल की छत गिर पड़ी, कई घायल'],
      unrest: ['जयपुर में प्रदर्शनकारी पुलिस पर पत्थर फेंक रहे हैं, आंसू गैस छोड़ी गई', 'जयपुर में आज रात उपद्रवियों ने गाड़ियों में आग लगा दी'],
    },
    non: {
      attack: ['जयपुर की टीम ने आक्रमण में शानदार खेल दिखाया, पहले हाफ़ में तीन गोल'],
      explosion: ['जयपुर में इस साल किराए आसमान छू गए, मेरा दोगुना हो गया'],
      fire: ['इस हफ़्ते जयपुर के आसपास जंगल में आग का खतरा बहुत ज़्यादा है, पार्कों में बारबेक्यू मना है'],
      earthquake: ['कल सुबह जयपुर के सभी स्कूलों में भूकंप से बचाव का अभ्यास'],
      storm: ['बैंड ने कल रात जयपुर में धूम मचा दी, क्या कॉन्सर्ट था'],
      flood: ['हर सर्दी जयपुर में पर्यटकों की बाढ़ आ जाती है'],
      crash: ['रुपया आज फिर लुढ़का, जयपुर के निर्यातक चिंतित'],
      collapse: ['जयपुर के बजट पर बातचीत आज शाम टूट गई'],
      unrest: ['जयपुर के लोग किराए से नाराज़ हैं, शनिवार को मार्च की योजना है'],
    },
  },
  ja: {
    city: 'Fukuoka',
    country: 'JP',
    reports: {
      attack: [
        '福岡のカフェで男が発砲、少なくとも10発聞こえた',
        '福岡の博多駅で刃物を持った男が襲撃、2人けが、男は逮捕',
      ],
      explosion: [
        '福岡の港で何かが爆発した、うちの窓ガラスが割れた',
        '福岡の燃料貯蔵所で大きな爆発音、火の玉が遠くから見えた',
      ],
      fire: ['福岡の市場が燃えてる、あちこち黒い煙', '福岡のホテルが炎に包まれている、宿泊客が避難中'],
      earthquake: [
        'いま福岡でめちゃくちゃ揺れた、みんな外に飛び出した',
        '福岡近くでマグニチュード4.9の揺れ、複数の住宅に被害',
      ],
      storm: ['福岡で暴風、木や電柱が倒れて屋根が飛ばされた', '福岡で大粒のひょう、窓ガラスが割れて車がへこんだ'],
      flood: ['福岡で川が氾濫、家の中に水が入ってきてる', '福岡の道路が水につかって、屋根の上で救助を待つ人たち'],
      crash: ['福岡近くの高速で車20台の玉突き事故、けが人多数', '福岡郊外で列車が脱線、乗客にけが人'],
      collapse: ['福岡でマンションが崩れ落ちた、がれきの下に人がいる', '福岡の体育館の屋根が落ちた、けが人多数'],
      unrest: ['福岡でデモ隊が警察に石を投げている、催涙ガスが使われた', '今夜福岡で暴徒が車に火をつけた'],
    },
    non: {
      attack: ['アビスパ福岡は攻撃が素晴らしかった、前半で3ゴール'],
      explosion: ['福岡の家賃が今年爆上がり、うちは倍になった'],
      fire: ['今週は福岡周辺で林野火災の危険が非常に高い、公園でのバーベキュー禁止'],
      earthquake: ['明日の朝、福岡の全学校で地震の避難訓練'],
      storm: ['昨夜のライブでバンドが福岡を席巻した、最高だった'],
      flood: ['毎年夏になると観光客が福岡に殺到する'],
      crash: ['今日も円が暴落、福岡の輸出企業は心配'],
      collapse: ['福岡市の予算協議が今夜決裂した'],
      unrest: ['福岡の人たちは家賃に怒っている、土曜日にデモ行進の予定'],
    },
  },
  zh: {
    city: 'Wuhan',
    country: 'CN',
    reports: {
      attack: ['一名男子在武汉一家咖啡馆开枪，我至少听到十声枪响', '武汉火车站发生持刀袭击，两人受伤，嫌犯被抓'],
      explosion: ['武汉港口那边有东西炸了，我们家的窗玻璃全碎了', '武汉一处油库发生爆燃，几公里外都能看到火球'],
      fire: ['武汉的菜市场烧起来了，到处都是黑烟', '武汉一家酒店陷入火海，客人正在疏散'],
      earthquake: ['刚才武汉地面晃得很厉害，大家都跑到街上了', '武汉附近发生4.9级地震，多间房屋受损'],
      storm: ['武汉狂风把树和电线杆都刮倒了，屋顶被掀翻', '武汉下了大冰雹，砸碎了窗户，砸坏了汽车'],
      flood: ['武汉的河水漫过堤岸，水正在涌进屋里', '武汉街道被水淹没，有人困在屋顶等待救援'],
      crash: ['武汉附近高速公路二十辆车连环相撞，多人受伤', '一列火车在武汉郊外脱轨，乘客受伤'],
      collapse: ['武汉一栋居民楼塌了，有人被埋在废墟下', '武汉体育馆的屋顶塌下来了，多人受伤'],
      unrest: ['武汉抗议者向警察扔石头，警方发射催泪瓦斯', '今晚武汉暴徒纵火烧车'],
    },
    non: {
      attack: ['武汉队进攻打得太漂亮了，上半场进了三个球'],
      explosion: ['今年武汉房租暴涨，我的翻了一倍'],
      fire: ['本周武汉周边森林火险等级极高，公园禁止烧烤'],
      earthquake: ['明天上午武汉所有学校举行地震疏散演练'],
      storm: ['乐队昨晚在武汉掀起一阵旋风，演唱会太棒了'],
      flood: ['每年夏天游客都涌向武汉'],
      crash: ['股市今天又暴跌了，武汉的出口商很担心'],
      collapse: ['武汉预算谈判今晚破裂'],
      unrest: ['武汉人对房租很不满，周六计划举行游行'],
    },
  },
  ko: {
    city: 'Daegu',
    country: 'KR',
    reports: {
      attack: [
        '대구의 한 카페에서 남자가 총을 쐈어요, 적어도 열 발은 들었어요',
        '대구역에서 흉기 난동, 두 명 부상, 범인 체포',
      ],
      explosion: [
        '대구 물류창고 쪽에서 뭔가 터졌어요, 우리 집 유리창이 다 깨졌어요',
        '대구 유류 저장소에서 굉음과 함께 폭발, 불기둥이 멀리서도 보였다',
      ],
      fire: ['대구 서문시장이 타고 있어요, 온통 검은 연기', '대구의 한 호텔이 화염에 휩싸여 투숙객 대피 중'],
      earthquake: [
        '방금 대구에서 땅이 엄청 흔들렸어요, 다들 길로 뛰쳐나왔어요',
        '대구 인근 규모 4.9 흔들림, 주택 여러 채 피해',
      ],
      storm: [
        '대구에 강풍이 불어 나무와 전봇대가 쓰러지고 지붕이 날아갔어요',
        '대구에 굵은 우박이 쏟아져 유리창이 깨지고 차가 찌그러졌다',
      ],
      flood: [
        '대구에서 하천이 넘쳐 물이 집 안으로 들어오고 있어요',
        '대구 도로가 물에 잠겨 사람들이 지붕 위에서 구조를 기다리고 있다',
      ],
      crash: ['대구 인근 고속도로에서 차량 20대 연쇄 추돌, 여러 명 부상', '대구 외곽에서 열차 탈선, 승객 부상'],
      collapse: [
        '대구에서 아파트 건물이 내려앉았어요, 잔해 밑에 사람들이 있어요',
        '대구 체육관 지붕이 주저앉아 부상자 다수',
      ],
      unrest: ['대구에서 시위대가 경찰에 돌을 던지고 최루탄이 발사됐다', '오늘 밤 대구에서 폭도들이 차에 불을 질렀다'],
    },
    non: {
      attack: ['대구FC 공격이 정말 훌륭했다, 전반에만 세 골'],
      explosion: ['올해 대구 월세가 폭등했어요, 제 월세는 두 배가 됐어요'],
      fire: ['이번 주 대구 주변 산불 위험이 매우 높음, 공원에서 바비큐 금지'],
      earthquake: ['내일 아침 대구 모든 학교에서 지진 대피 훈련'],
      storm: ['어젯밤 밴드가 대구를 휩쓸었다, 최고의 공연'],
      flood: ['매년 여름 관광객들이 대구로 몰려든다'],
      crash: ['오늘 원화가 또 폭락, 대구 수출업체들 걱정'],
      collapse: ['대구시 예산 협상이 오늘 밤 결렬됐다'],
      unrest: ['대구 시민들이 월세 때문에 화가 났다, 토요일에 행진이 예정돼 있다'],
    },
  },
  he: {
    city: 'Beersheba',
    country: 'IL',
    reports: {
      attack: [
        'גבר פתח באש בבית קפה בבאר שבע, שמעתי לפחות עשר יריות',
        'פיגוע דקירה בתחנה המרכזית בבאר שבע, שני פצועים, המחבל נעצר',
      ],
      explosion: [
        'משהו התפוצץ באזור התעשייה בבאר שבע, החלונות בדירה שלנו התנפצו',
        'פיצוץ עז במחסן דלק בבאר שבע, כדור אש נראה מקילומטרים',
      ],
      fire: ['השוק בבאר שבע בוער, עשן שחור בכל מקום', 'מלון בבאר שבע עולה בלהבות, האורחים מפונים'],
      earthquake: ['האדמה רעדה חזק בבאר שבע עכשיו, כולם רצו לרחוב', 'רעידה בעוצמה 4.9 ליד באר שבע, נזק לכמה בתים'],
      storm: ['רוחות עזות בבאר שבע הפילו עצים ועמודי חשמל, גגות עפו', 'ברד ענק בבאר שבע ניפץ חלונות ופגע במכוניות'],
      flood: ['הנחל עלה על גדותיו בבאר שבע, המים נכנסים לבתים', 'רחובות מוצפים בבאר שבע, אנשים על הגגות מחכים לחילוץ'],
      crash: [
        'תאונת שרשרת של עשרים מכוניות בכביש ליד באר שבע, כמה פצועים',
        'רכבת ירדה מהפסים מחוץ לבאר שבע, נוסעים נפצעו',
      ],
      collapse: ['בניין מגורים קרס בבאר שבע, אנשים לכודים מתחת להריסות', 'תקרת אולם הספורט בבאר שבע נפלה, הרבה פצועים'],
      unrest: ['מפגינים מיידים אבנים על שוטרים בבאר שבע, נורה גז מדמיע', 'מתפרעים הציתו הלילה מכוניות בבאר שבע'],
    },
    non: {
      attack: ['הפועל באר שבע שיחקה נהדר בהתקפה, שלושה שערים במחצית הראשונה'],
      explosion: ['שכר הדירה בבאר שבע זינק השנה, שלי הוכפל'],
      fire: ['סכנת שריפות גבוהה מאוד סביב באר שבע השבוע, אסור לעשות מנגל בפארקים'],
      earthquake: ['מחר בבוקר תרגיל רעידת אדמה בכל בתי הספר בבאר שבע'],
      storm: ['הלהקה כבשה את באר שבע בסערה אתמול בערב, איזו הופעה'],
      flood: ['כל קיץ תיירים נוהרים לבאר שבע'],
      crash: ['השקל צנח שוב היום, יצואנים בבאר שבע מודאגים'],
      collapse: ['המשא ומתן על תקציב באר שבע התפוצץ הערב'],
      unrest: ['תושבי באר שבע כועסים על שכר הדירה, צעדה מתוכננת לשבת'],
    },
  },
  ur: {
    city: 'Karachi',
    country: 'PK',
    reports: {
      attack: [
        'کراچی میں ایک شخص نے کیفے میں فائرنگ کر دی، میں نے کم از کم دس گولیوں کی آواز سنی',
        'کراچی کے ریلوے اسٹیشن پر چاقو سے حملہ، دو افراد زخمی، حملہ آور گرفتار',
      ],
      explosion: [
        'کراچی کی بندرگاہ پر کچھ پھٹ گیا، ہمارے گھر کے شیشے ٹوٹ گئے',
        'کراچی میں تیل کے ڈپو میں زوردار دھماکا، آگ کا گولا دور سے نظر آیا',
      ],
      fire: [
        'کراچی کا بازار جل رہا ہے، ہر طرف کالا دھواں',
        'کراچی میں ایک ہوٹل شعلوں کی لپیٹ میں ہے، مہمانوں کو نکالا جا رہا ہے',
      ],
      earthquake: [
        'ابھی کراچی میں زمین زور سے ہلی، سب لوگ سڑک پر بھاگے',
        'کراچی کے قریب 4.9 شدت کے جھٹکے، کئی گھروں کو نقصان',
      ],
      storm: [
        'کراچی میں تیز آندھی سے درخت اور بجلی کے کھمبے گر گئے، چھتیں اڑ گئیں',
        'کراچی میں بڑے بڑے اولوں سے کھڑکیاں ٹوٹ گئیں اور گاڑیاں پچک گئیں',
      ],
      flood: [
        'کراچی میں ندی بپھر گئی، پانی گھروں میں داخل ہو رہا ہے',
        'کراچی کی سڑکیں پانی میں ڈوب گئیں، لوگ چھتوں پر مدد کا انتظار کر رہے ہیں',
      ],
      crash: [
        'کراچی کے قریب ہائی وے پر بیس گاڑیاں آپس میں ٹکرا گئیں، کئی زخمی',
        'کراچی کے باہر ٹرین پٹری سے اتر گئی، مسافر زخمی',
      ],
      collapse: [
        'کراچی میں ایک رہائشی عمارت زمین بوس ہو گئی، لوگ ملبے تلے دبے ہیں',
        'کراچی میں اسپورٹس ہال کی چھت گر پڑی، کئی زخمی',
      ],
      unrest: [
        'کراچی میں مظاہرین پولیس پر پتھراؤ کر رہے ہیں، آنسو گیس کی شیلنگ',
        'کراچی میں آج رات شرپسندوں نے گاڑیوں کو آگ لگا دی',
      ],
    },
    non: {
      attack: ['کراچی کی ٹیم نے حملے میں شاندار کھیل پیش کیا، پہلے ہاف میں تین گول'],
      explosion: ['کراچی میں اس سال کرائے آسمان پر پہنچ گئے، میرا دوگنا ہو گیا'],
      fire: ['اس ہفتے کراچی کے گرد جنگل میں آگ کا خطرہ بہت زیادہ ہے، پارکوں میں باربی کیو منع ہے'],
      earthquake: ['کل صبح کراچی کے تمام اسکولوں میں زلزلے کی مشق'],
      storm: ['بینڈ نے کل رات کراچی میں دھوم مچا دی، کیا کنسرٹ تھا'],
      flood: ['ہر سردی کراچی میں سیاحوں کا سیلاب امڈ آتا ہے'],
      crash: ['روپیہ آج پھر گر گیا، کراچی کے برآمد کنندگان پریشان'],
      collapse: ['کراچی کے بجٹ پر مذاکرات آج شام ناکام ہو گئے'],
      unrest: ['کراچی کے لوگ کرایوں سے ناراض ہیں، ہفتے کو مارچ کا منصوبہ ہے'],
    },
  },
  bn: {
    city: 'Chattogram',
    country: 'BD',
    reports: {
      attack: [
        'চট্টগ্রামে একটা ক্যাফেতে এক লোক গুলি চালাল, অন্তত দশটা গুলির শব্দ শুনেছি',
        'চট্টগ্রাম রেলস্টেশনে ছুরি নিয়ে হামলা, দুজন আহত, হামলাকারী গ্রেপ্তার',
      ],
      explosion: [
        'চট্টগ্রাম বন্দরে কিছু একটা ফেটে গেল, আমাদের বাসার জানালার কাচ ভেঙে গেছে',
        'চট্টগ্রামে তেলের ডিপোতে প্রচণ্ড বিস্ফোরণ, আগুনের গোলা দূর থেকে দেখা গেছে',
      ],
      fire: ['চট্টগ্রামের বাজার পুড়ছে, চারদিকে কালো ধোঁয়া', 'চট্টগ্রামে একটা হোটেল দাউ দাউ করে জ্বলছে, অতিথিদের সরিয়ে নেওয়া হচ্ছে'],
      earthquake: [
        'এইমাত্র চট্টগ্রামে মাটি জোরে কেঁপে উঠল, সবাই রাস্তায় দৌড়ে বেরোল',
        'চট্টগ্রামের কাছে 4.9 মাত্রার কম্পন, কয়েকটি বাড়ির ক্ষতি',
      ],
      storm: [
        'চট্টগ্রামে দমকা হাওয়ায় গাছ আর বিদ্যুতের খুঁটি উপড়ে পড়েছে, চাল উড়ে গেছে',
        'চট্টগ্রামে বড় বড় শিলায় জানালা ভেঙেছে, গাড়ি দুমড়ে গেছে',
      ],
      flood: ['চট্টগ্রামে নদীর পানি উপচে পড়ছে, ঘরে পানি ঢুকছে', 'চট্টগ্রামের রাস্তা পানির নিচে, মানুষ ছাদে উদ্ধারের অপেক্ষায়'],
      crash: ['চট্টগ্রামের কাছে মহাসড়কে বিশটি গাড়ির একের পর এক সংঘর্ষ, কয়েকজন আহত', 'চট্টগ্রামের বাইরে ট্রেন লাইনচ্যুত, যাত্রীরা আহত'],
      collapse: [
        'চট্টগ্রামে একটা আবাসিক ভবন ধসে পড়েছে, ধ্বংসস্তূপের নিচে মানুষ',
        'চট্টগ্রামে স্টেডিয়ামের জিমনেসিয়ামের ছাদ ভেঙে পড়েছে, অনেকে আহত',
      ],
      unrest: ['চট্টগ্রামে বিক্ষোভকারীরা পুলিশের দিকে ইট ছুড়ছে, কাঁদানে গ্যাস ছোড়া হয়েছে', 'আজ রাতে চট্টগ্রামে দুর্বৃত্তরা গাড়িতে আগুন দিয়েছে'],
    },
    non: {
      attack: ['চট্টগ্রামের দল আক্রমণে দুর্দান্ত খেলেছে, প্রথমার্ধেই তিন গোল'],
      explosion: ['এ বছর চট্টগ্রামে বাসা ভাড়া আকাশ ছুঁয়েছে, আমার ভাড়া দ্বিগুণ'],
      fire: ['এই সপ্তাহে চট্টগ্রামের পাহাড়ে আগুন লাগার ঝুঁকি খুব বেশি, পার্কে বারবিকিউ নিষেধ'],
      earthquake: ['কাল সকালে চট্টগ্রামের সব স্কুলে ভূমিকম্পের মহড়া'],
      storm: ['ব্যান্ডটা কাল রাতে চট্টগ্রাম মাতিয়ে দিয়েছে, কী দারুণ কনসার্ট'],
      flood: ['প্রতি শীতে চট্টগ্রামে পর্যটকের ঢল নামে'],
      crash: ['আজ আবার টাকার দাম পড়ে গেল, চট্টগ্রামের রপ্তানিকারকরা চিন্তিত'],
      collapse: ['চট্টগ্রামের বাজেট নিয়ে আলোচনা আজ সন্ধ্যায় ভেস্তে গেছে'],
      unrest: ['চট্টগ্রামের মানুষ বাসা ভাড়া নিয়ে ক্ষুব্ধ, শনিবার মিছিলের পরিকল্পনা'],
    },
  },
} as const satisfies Record<string, HeldOutReports>;
